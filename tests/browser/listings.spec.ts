/** Listings, on the shipped content and (project corpus-2000) on a generated corpus of 2,000 nodes. */
import { expect, test as base, type Page } from '@playwright/test';
import { testPagesWithAxe } from './axe';
import { BUILD, kennisvraagSectors, nodesById, readGraph, type Graph, type GraphNode } from './site';

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
const collator = new Intl.Collator('nl');
const rows = (page: Page) => page.locator('main ul.list > li > a');
const PAGE_SIZE = 50; // the project listing's page size in the registry

/** What the tests expect of one build's content, derived once per build from its graph.json. */
function expectations(graph: Graph) {
	const byId = nodesById(graph);
	const of = (type: string) => graph.nodes.filter((n) => n.type === type);
	const projectsOn = (kv: GraphNode) =>
		graph.edges
			.filter((e) => e.type === 'kennisvragen' && e.target === kv.id)
			.map((e) => byId.get(e.source)!)
			.filter((n) => n.type === 'project');
	const sectors = (kv: GraphNode) => kennisvraagSectors(kv, graph);
	// A question a teacher of a sector finds only because a project of that sector works on it: on the shipped
	// content the leesmotivatie question (tagged mbo, worked on by a vo project); on a corpus the first like it.
	const candidates = of('kennisvraag').flatMap((kv) => {
		const tagged = new Set([...list(kv.sectoren), ...list(byId.get(String(kv.gamechanger))?.sectoren)]);
		const sector = [...sectors(kv)].find((s) => !tagged.has(s));
		const word = kv.title.toLowerCase().match(/lees|[a-zë]{8,}/)?.[0];
		return sector && word ? [{ kv, sector, word }] : [];
	});
	const teacher = candidates.find((c) => c.kv.title.includes('leesmotivatie') && c.sector === 'vo') ?? candidates[0];
	// Projects in the listing's default order: newest (bijgewerkt, else start) first, then by title.
	const newest = of('project').sort(
		(a, b) => String(b.bijgewerkt ?? b.start).localeCompare(String(a.bijgewerkt ?? a.start)) || collator.compare(a.title, b.title)
	);
	const byTitle = [...newest].sort((a, b) => collator.compare(a.title, b.title));
	return { byId, of, projectsOn, sectors, teacher, newest, byTitle };
}
const derived = new Map<string, ReturnType<typeof expectations>>();
const test = base.extend<{ c: ReturnType<typeof expectations> }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
	c: async ({}, use, info) => {
		const build = String(info.project.metadata?.build ?? BUILD);
		if (!derived.has(build)) derived.set(build, expectations(readGraph(build)));
		await use(derived.get(build)!);
	}
});

test('teacher: kennisvragen → a sector → a word finds the question a project of that sector works on, and who works on it', async ({ page, c }) => {
	test.skip(!c.teacher, 'no question in this content is found only through a project');
	const { kv, sector, word } = c.teacher!;
	const { byId, projectsOn } = c;
	await page.goto('/kennisvraag/');
	await page.getByLabel('Sectoren').selectOption(sector);
	await page.getByLabel('Zoek in titels').fill(word);
	await expect(page).toHaveURL(new RegExp(`sectoren=${sector}.*q=${word}|q=${word}.*sectoren=${sector}`));
	const row = page.locator('main ul.list > li').filter({ has: page.getByRole('link', { name: kv.title, exact: true }) });
	const projects = projectsOn(kv);
	await expect(row).toContainText(`${projects.length} ${projects.length === 1 ? 'project' : 'projecten'}`);
	// Under its thema and gamechanger, in the Kennisagenda's words.
	const gc = byId.get(String(kv.gamechanger));
	if (gc) await expect(page.getByRole('heading', { level: 3, name: new RegExp(`${gc.title.replace(/[()]/g, '.')}$`) })).toBeVisible();
	await row.getByRole('link', { name: kv.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(kv.title);
	// The page says how many work on it; a long list shows its first few and folds the rest (node pages, issue 13).
	await expect(
		page
			.getByRole('main')
			.getByText(new RegExp(`\\b${projects.length.toLocaleString('nl-NL')} ${projects.length === 1 ? 'project' : 'projecten'}\\b`))
			.first()
	).toBeVisible();
	if (projects.length <= 6)
		for (const p of projects) await expect(page.getByRole('main').getByRole('link', { name: p.title, exact: true }).first()).toBeVisible();
});

test('researcher: filtering projects by kennisvraag shows exactly its projects, in the URL', async ({ page, c }) => {
	const { of, projectsOn } = c;
	const kv = of('kennisvraag')
		.filter((k) => projectsOn(k).length >= 2)
		.sort((a, b) => projectsOn(a).length - projectsOn(b).length)[0];
	const expected = projectsOn(kv).map((p) => p.title);
	await page.goto('/project/');
	await page.getByLabel('Kennisvragen').selectOption(kv.id);
	await expect(page).toHaveURL(new RegExp(`kennisvragen=${kv.id}`));
	await expect(page.locator('main p.count')).toHaveText(`${expected.length} van ${of('project').length.toLocaleString('nl-NL')} projecten`);
	expect((await rows(page).allTextContents()).sort()).toEqual([...expected].sort());
	await page.reload();
	await expect(page.getByLabel('Kennisvragen')).toHaveValue(kv.id);
	await expect(rows(page)).toHaveCount(Math.min(expected.length, PAGE_SIZE));
});

test('an empty result says why and offers the nearest wider view', async ({ page, c }) => {
	const { of, sectors } = c;
	await page.goto('/kennisvraag/?sectoren=po&q=zzqqxx');
	const empty = page.getByRole('status').filter({ hasText: 'Geen kennisvragen gevonden' });
	await expect(empty).toContainText('zoekterm “zzqqxx”');
	const po = of('kennisvraag').filter((k) => sectors(k).has('po')).length;
	await empty.getByRole('link', { name: `zonder zoekterm “zzqqxx”: ${po.toLocaleString('nl-NL')} kennisvragen` }).click();
	await expect(page).toHaveURL(/sectoren=po/);
	await expect(page).not.toHaveURL(/q=/);
	await expect(page.locator('main p.count')).toContainText(`${po.toLocaleString('nl-NL')} van`);
});

test('filter options of a thema or gamechanger are in Kennisagenda order', async ({ page, c }) => {
	const { byId, of } = c;
	await page.goto('/kennisvraag/');
	const nummer = (n: GraphNode | undefined) => Number(n?.nummer ?? 0);
	const themas = of('thema').sort((a, b) => nummer(a) - nummer(b));
	const gcs = of('gamechanger')
		.filter((g) => of('kennisvraag').some((k) => k.gamechanger === g.id))
		.sort((a, b) => nummer(byId.get(String(a.thema))) - nummer(byId.get(String(b.thema))) || nummer(a) - nummer(b));
	const labels = async (name: string) => (await page.getByLabel(name).locator('option').allTextContents()).slice(1).map((t) => t.replace(/ \(\d+\)$/, ''));
	expect(await labels('Thema')).toEqual(themas.filter((t) => of('kennisvraag').some((k) => k.thema === t.id)).map((t) => t.title));
	await expect.poll(() => labels('Gamechanger')).toEqual(gcs.map((g) => g.title));
});

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });

		test('project pages: numbered pagination and sorting in the URL', async ({ page, c }) => {
			const { newest, byTitle } = c;
			await page.goto('/project/');
			await expect(rows(page)).toHaveText(newest.slice(0, PAGE_SIZE).map((p) => p.title));
			const pager = page.getByRole('navigation', { name: 'Paginering' });
			if (newest.length > PAGE_SIZE) {
				await pager.getByRole('link', { name: 'Pagina 2' }).click();
				await expect(page).toHaveURL(/\/project\/pagina\/2\/$/);
				await expect(rows(page)).toHaveText(newest.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((p) => p.title));
				await expect(pager.getByRole('link', { name: 'Pagina 2' })).toHaveAttribute('aria-current', 'page');
			} else await expect(pager).toHaveCount(0);
			await page.getByRole('navigation', { name: 'Sorteren' }).getByRole('link', { name: 'Titel (A–Z)' }).click();
			await expect(page).toHaveURL(/\/project\/sorteer\/titel\/$/);
			await expect(rows(page)).toHaveText(byTitle.slice(0, PAGE_SIZE).map((p) => p.title));
			if (byTitle.length > PAGE_SIZE) {
				await pager.getByRole('link', { name: 'Volgende' }).click();
				await expect(page).toHaveURL(/\/project\/sorteer\/titel\/pagina\/2\/$/);
				await expect(rows(page).first()).toHaveText(byTitle[PAGE_SIZE].title);
			}
		});
	});
}

test('filtered and sorted together, paged in the URL', async ({ page, c }) => {
	const { byTitle } = c;
	const status = 'lopend';
	const lopend = byTitle.filter((p) => p.status === status);
	await page.goto('/project/sorteer/titel/');
	await page.getByLabel('Status').selectOption(status);
	await expect(page).toHaveURL(/\/project\/\?status=lopend&sorteer=titel$/);
	await expect(rows(page)).toHaveText(lopend.slice(0, PAGE_SIZE).map((p) => p.title));
	if (lopend.length > PAGE_SIZE) {
		await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Pagina 2' }).click();
		await expect(page).toHaveURL(/pagina=2/);
		await expect(rows(page).first()).toHaveText(lopend[PAGE_SIZE].title);
	}
});

test('/agendas fits a phone: the page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/agendas/');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

testPagesWithAxe(['/project/?status=lopend&sorteer=titel', '/kennisvraag/?sectoren=po&q=zzqqxx', '/project/sorteer/titel/']);
