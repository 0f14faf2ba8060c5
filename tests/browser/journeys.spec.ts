/**
 * Reader journeys on the node pages: the teacher who wants to know who works on a question, the researcher
 * who looks for related projects and white spots. They run on the shipped content (project "site") and on a
 * generated corpus of 2,000 nodes (project "corpus-2000", built by scripts/test.sh).
 */
import { expect, type Page } from '@playwright/test';
import { axeTest as base, axeViolations, preloadAxe, VIEWPORTS } from './axe';
import { BUILD, readGraph, type Graph, type GraphNode } from './site';

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/** The graph of the build the project serves. */
const test = base.extend<{ g: Graph }>({
	// eslint-disable-next-line no-empty-pattern
	g: async ({}, use, info) => use(readGraph(String(info.project.metadata?.build ?? BUILD)))
});

const projectsOn = (g: Graph, kv: GraphNode) => g.nodes.filter((n) => n.type === 'project' && list(n.kennisvragen).includes(kv.id));
const whiteSpots = (g: Graph) => {
	// The rule on the pages: no project and no lectoraat names the question (a lectoraat with a project on it names it through the project).
	const addressed = new Set(g.edges.filter((e) => e.type === 'kennisvragen').map((e) => e.target));
	return new Set(g.nodes.filter((n) => n.type === 'kennisvraag' && !addressed.has(n.id)).map((n) => n.id));
};
const hub = (page: Page) => page.getByRole('region', { name: 'Wie werkt hieraan?' });

test('teacher (vo, lezen): the question’s page says at the top who works on it, with status and years', async ({ page, g }) => {
	const byId = new Map(g.nodes.map((n) => [n.id, n]));
	// A question a vo project works on, about reading where there is one.
	const candidates = g.nodes.filter((n) => n.type === 'kennisvraag' && projectsOn(g, n).some((p) => list(p.sectoren).includes('vo')));
	const kv = candidates.find((k) => /lees|lez/i.test(k.title)) ?? candidates[0];
	expect(kv, 'a kennisvraag with a vo project').toBeTruthy();
	const thema = byId.get(String(kv.thema))!;

	await page.goto(thema.url);
	await page.getByRole('main').getByRole('link', { name: kv.title, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(kv.title);

	// "Wie werkt hieraan?" comes before the rest of the page's sections.
	const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
	expect(headings[0]).toBe('Wie werkt hieraan?');
	const projects = projectsOn(g, kv);
	await expect(hub(page).getByRole('heading', { name: `Projecten (${projects.length})` })).toBeVisible();
	// The sectors where the work happens, whatever sectors the question was asked for.
	await expect(hub(page)).toContainText(/Projecten in: .*Voortgezet onderwijs/);
	// Every project is on the page (folded ones too), or the list links to the rest.
	// Folded entries too (a closed <details> hides them from the accessibility tree).
	const shown = await hub(page)
		.getByRole('region', { name: /^Projecten/ })
		.locator('li > a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const listed = await hub(page)
		.getByRole('link', { name: /^Alle \d+ .*in de lijst$/ })
		.count();
	if (!listed) expect(shown.sort()).toEqual(projects.map((p) => p.url).sort());
	else for (const url of shown) expect(projects.map((p) => p.url)).toContain(url);
	// Each with its status and years; running projects first.
	const first = hub(page).getByRole('listitem').first();
	await expect(first).toContainText(/(lopend|gepland|afgerond)/);
	await expect(first).toContainText(/\b(19|20)\d\d\b/);
	const statuses = projects.map((p) => String(p.status));
	if (statuses.includes('lopend')) await expect(first).toContainText('lopend');
	// Nothing the page shows at the top again further down.
	await expect(page.getByRole('region', { name: 'Pagina’s die hiernaar verwijzen' }).getByRole('link', { name: projects[0].title, exact: true })).toHaveCount(
		0
	);
	// A folded list opens without JavaScript's help: it is a <details>.
	const more = hub(page).locator('details').first();
	if (await more.count()) {
		await more.locator('summary').click();
		await expect(more.getByRole('link').first()).toBeVisible();
	}
	// Then where the question belongs.
	const plaats = page.getByRole('region', { name: 'Waar hoort deze vraag bij?' });
	await expect(plaats.getByRole('link', { name: thema.title, exact: true })).toBeVisible();
	if (kv.gamechanger) await expect(plaats.getByRole('link', { name: byId.get(String(kv.gamechanger))!.title, exact: true })).toBeVisible();
});

test('researcher: related projects come with a specific reason, the strongest first', async ({ page, g }) => {
	const projects = g.nodes.filter((n) => n.type === 'project');
	// A project that shares a kennisvraag with another one: a theme alone may not be the reason for anything listed.
	const p = projects.find((a) => projects.some((b) => a !== b && list(a.kennisvragen).some((k) => list(b.kennisvragen).includes(k))))!;
	await page.goto(p.url);
	const items = page.getByRole('region', { name: 'Verwant' }).getByRole('list').first().getByRole('listitem');
	await expect(items.first()).toBeVisible();
	const reasons = await items.allInnerTexts();
	expect(reasons[0]).toMatch(/deelt (\d+ kennisvragen|kennisvraag ‘|\d+ lectoraten|lectoraat|Lectoraat)/);
	for (const r of reasons) {
		expect(r).not.toMatch(/deelt alleen thema/);
		expect(r).not.toMatch(/^[^;]*deelt thema [^;]* en (\d+ )?(kennisvra|lectora)/);
	}
});

test('researcher: white spots are the same on /dekking, the thema page and the kennisvraag page', async ({ page, g }) => {
	const white = whiteSpots(g);
	await page.goto('/dekking/?wit=1');
	// The prerendered first rows are replaced once the whole table has loaded and the URL's filter applies.
	await expect(page.getByLabel('Alleen witte vlekken')).toBeChecked();
	const rows = page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('cell') });
	const byUrl = new Map(g.nodes.map((n) => [n.url, n]));
	const onPage = async () =>
		(await rows.locator('td:first-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((u) => byUrl.get(u!)?.id ?? u!);
	// Every white spot, over as many pages (of 50 rows) as the table has.
	const seen: string[] = [];
	for (let p = 1; ; p++) {
		const expected = Math.min(50, white.size - seen.length);
		await expect.poll(async () => (await onPage()).filter((id) => white.has(id) && !seen.includes(id)).length).toBe(expected);
		seen.push(...(await onPage()));
		const next = page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende' });
		if (!(await next.count())) break;
		await next.click();
		await expect(page).toHaveURL(new RegExp(`pagina=${p + 1}`));
	}
	expect(seen.sort()).toEqual([...white].sort());
	await expect(page.getByText(/Een kennisvraag is een witte vlek als/)).toBeAttached();

	// Every question on one thema page, and a white one and a covered one on their own pages.
	const kvs = g.nodes.filter((n) => n.type === 'kennisvraag');
	const thema = g.nodes.find((t) => t.type === 'thema' && kvs.some((k) => k.thema === t.id && white.has(k.id))) ?? g.nodes.find((t) => t.type === 'thema')!;
	await page.goto(thema.url);
	const tree = page.getByRole('region', { name: 'Gamechangers en kennisvragen' });
	await expect(tree.getByText(/Een kennisvraag is een witte vlek als/)).toBeVisible();
	for (const k of kvs.filter((k) => k.thema === thema.id)) {
		const item = tree
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: k.title, exact: true }) })
			.last();
		if (white.has(k.id)) await expect(item).toContainText('witte vlek');
		else await expect(item).not.toContainText('witte vlek');
	}
	const one = kvs.find((k) => white.has(k.id));
	if (one) {
		await page.goto(one.url);
		await expect(hub(page)).toContainText('Nog niemand: een witte vlek');
	}
	const covered = kvs.find((k) => !white.has(k.id))!;
	await page.goto(covered.url);
	await expect(hub(page)).not.toContainText('Nog niemand');
});

test('researcher: /dekking shows its table a page at a time, the page kept in the URL', async ({ page, g }) => {
	const total = g.nodes.filter((n) => n.type === 'kennisvraag').length;
	const rows = page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('cell') });
	const pager = page.getByRole('navigation', { name: 'Paginering' });
	await page.goto('/dekking/');
	await expect(rows).toHaveCount(Math.min(50, total));
	if (total <= 50) {
		await expect(pager).toHaveCount(0);
		return;
	}
	const first = await rows.locator('td:first-child a').allInnerTexts();
	await pager.getByRole('link', { name: 'Pagina 2' }).click();
	await expect(page).toHaveURL(/pagina=2/);
	await expect(rows).toHaveCount(Math.min(50, total - 50));
	const second = await rows.locator('td:first-child a').allInnerTexts();
	expect(second.filter((t) => first.includes(t))).toEqual([]);
	await page.reload();
	await expect(page.getByRole('table').locator('caption')).toContainText('pagina 2 van');
	await expect.poll(() => rows.locator('td:first-child a').allInnerTexts()).toEqual(second);
});

test('a link preview on hover and on keyboard focus, on desktop only, loaded on demand', async ({ page, g }) => {
	await preloadAxe(page);
	const kv = g.nodes.find((n) => n.type === 'kennisvraag' && projectsOn(g, n).length)!;
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(kv.url);
	await page.waitForLoadState('networkidle');
	expect(requests.filter((u) => u.includes('/voorbeeld/'))).toEqual([]);
	const link = hub(page).getByRole('listitem').first().getByRole('link').first();
	const title = await link.innerText();
	const tip = page.getByRole('tooltip');
	// A pointer that rests on a link from before the page is interactive shows nothing until it moves again.
	await expect(async () => {
		await page.mouse.move(0, 0);
		await link.hover();
		await expect(tip).toBeVisible({ timeout: 2000 });
	}).toPass();
	await expect(tip).toContainText('Project');
	await expect(tip).toContainText(title);
	await expect(link).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? '');
	expect(requests.filter((u) => u.includes('/voorbeeld/'))).toHaveLength(1);
	// It never takes the pointer: the link under it can still be clicked.
	expect(await tip.evaluate((el) => getComputedStyle(el).pointerEvents)).toBe('none');
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(tip).toHaveCount(0);
	await page.mouse.move(0, 0);
	await link.focus();
	await expect(tip).toBeVisible();
	await expect(page.locator('[aria-live="polite"]').filter({ hasText: title })).toHaveCount(1);

	await page.setViewportSize({ width: 390, height: 844 });
	await page.reload();
	await link.hover();
	await page.waitForTimeout(600);
	await expect(tip).toHaveCount(0);
});

// One test per page type, so each has its own time budget and they run side by side.
for (const [name, viewport] of VIEWPORTS) {
	for (const type of ['kennisvraag', 'project', 'agenda', 'thema', 'lectoraat']) {
		test(`the best-connected ${type} page has no axe violations with its lists unfolded (${name})`, async ({ axePage: page, g }, info) => {
			await page.setViewportSize(viewport);
			const degree = new Map<string, number>();
			for (const e of g.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
			// The best-connected page of its type: the longest lists.
			const n = g.nodes.filter((x) => x.type === type).sort((a, b) => degree.get(b.id)! - degree.get(a.id)!)[0];
			test.skip(!n, `no ${type} in this content`);
			await page.goto(n.url);
			for (const d of await page.locator('main details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
			// The long lists at 2,000 nodes are checked at desktop width; the phone layout of the same template on the
			// shipped content, and here only that nothing scrolls sideways.
			if (name === 'desktop' || info.project.name === 'site') expect(await axeViolations(page), n.url).toEqual([]);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, `${n.url} scrolls sideways`).toBeLessThanOrEqual(viewport.width);
		});
	}
}
