/** Discovery: related items, /dekking, /verband, /agendas, CSV exports, feed, sitemap and metadata. */
import { axeTest, axeViolations } from './axe';
import { expect, test } from '@playwright/test';
import { holdStartScript } from './hold';
import { graph, type GraphNode } from './site';

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const projects = graph.nodes.filter((n) => n.type === 'project');
const kennisvragen = graph.nodes.filter((n) => n.type === 'kennisvraag');

test.describe('Verwant', () => {
	// A project that shares a kennisvraag with another project: that one must be listed, with the reason.
	const pair = (() => {
		for (const p of projects)
			for (const q of projects) if (p !== q && list(p.kennisvragen).some((k) => list(q.kennisvragen).includes(k))) return [p, q] as const;
		throw new Error('no two projects share a kennisvraag');
	})();

	test('a project page lists related projects, each with the reason', async ({ page }) => {
		const [p, q] = pair;
		await page.goto(p.url);
		const region = page.getByRole('region', { name: 'Verwant' });
		await expect(region.getByRole('heading', { name: 'Projecten die hierop lijken' })).toBeVisible();
		const items = region.getByRole('list').first().getByRole('listitem');
		expect(await items.count()).toBeGreaterThan(0);
		for (const text of await items.allInnerTexts()) expect(text).toMatch(/deelt |vergelijkbare woorden|verwijst/);
		const item = items.filter({ has: page.getByRole('link', { name: q.title, exact: true }) });
		await expect(item).toHaveCount(1);
		await expect(item).toContainText(/deelt (\d+ kennisvragen|kennisvraag ‘)/);
		await item.getByRole('link', { name: q.title, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${q.url}$`));
	});

	test('a kennisvraag page lists related kennisvragen and projects', async ({ page }) => {
		const kv = kennisvragen.find((k) => k.gamechanger && kennisvragen.some((o) => o !== k && o.gamechanger === k.gamechanger)) ?? kennisvragen[0];
		await page.goto(kv.url);
		const region = page.getByRole('region', { name: 'Verwant' });
		await expect(region.getByRole('heading', { name: 'Kennisvragen die hierop lijken' })).toBeVisible();
		await expect(region.getByRole('heading', { name: 'Projecten bij verwante vragen' })).toBeVisible();
	});
});

test.describe('/dekking', () => {
	const rows = (page: import('@playwright/test').Page) =>
		page
			.getByRole('table')
			.getByRole('row')
			.filter({ has: page.getByRole('cell') });
	const sectorsOf = (k: GraphNode) => (list(k.sectoren).length ? list(k.sectoren) : list(byId.get(String(k.gamechanger))?.sectoren));

	test('shows every kennisvraag, and sorts by a column with aria-sort', async ({ page }) => {
		await page.goto('/dekking/');
		await expect(rows(page)).toHaveCount(kennisvragen.length);
		const header = page.getByRole('columnheader', { name: /Projecten/ });
		await expect(header).not.toHaveAttribute('aria-sort', /.+/);
		await header.getByRole('button').click();
		await expect(header).toHaveAttribute('aria-sort', 'descending');
		await expect(page).toHaveURL(/sorteer=projecten/);
		const counts = async () => (await rows(page).locator('td:nth-child(3)').allInnerTexts()).map(Number);
		const desc = await counts();
		expect(desc).toEqual([...desc].sort((a, b) => b - a));
		await header.getByRole('button').click();
		await expect(header).toHaveAttribute('aria-sort', 'ascending');
		const asc = await counts();
		expect(asc).toEqual([...asc].sort((a, b) => a - b));
	});

	test('filters by sector (chosen before the page is interactive) and white spots, kept in the URL', async ({ page }) => {
		const release = await holdStartScript(page);
		await page.goto('/dekking/', { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Sector').selectOption('mbo');
		release();
		await expect(page).toHaveURL(/sector=mbo/);
		await expect(page.getByLabel('Sector')).toHaveValue('mbo');
		const mbo = kennisvragen.filter((k) => sectorsOf(k).length === 0 || sectorsOf(k).includes('mbo'));
		await expect(rows(page)).toHaveCount(mbo.length);
		await page.getByLabel('Alleen witte vlekken').check();
		await expect(page).toHaveURL(/wit=1/);
		const white = await rows(page).count();
		for (const text of await rows(page).allInnerTexts()) expect(text).toContain('Witte vlek');
		await page.reload();
		await expect(page.getByLabel('Sector')).toHaveValue('mbo');
		await expect(page.getByLabel('Alleen witte vlekken')).toBeChecked();
		await expect(rows(page)).toHaveCount(white);
	});

	test('white spots are the kennisvragen no project and no lectoraat addresses', async ({ page }) => {
		const addressed = new Set(graph.edges.filter((e) => e.type === 'kennisvragen').map((e) => e.target));
		const expected = kennisvragen
			.filter((k) => !addressed.has(k.id))
			.map((k) => k.title)
			.sort();
		await page.goto('/dekking/?wit=1');
		// The prerendered first rows are replaced once the whole table has loaded and the URL's filter applies.
		await expect.poll(async () => (await rows(page).locator('td:first-child a').allInnerTexts()).sort()).toEqual(expected);
	});

	test('downloads as CSV: the whole table and the filtered view', async ({ page, request }) => {
		await page.goto('/dekking/?sector=po');
		const link = page.getByRole('link', { name: 'Download alles als CSV' });
		const response = await request.get((await link.getAttribute('href'))!);
		expect(response.ok()).toBe(true);
		const text = await response.text();
		expect(text.split('\r\n')[0]).toContain('kennisvraag,kennisvraag_tekst');
		expect(text.trimEnd().split('\r\n')).toHaveLength(kennisvragen.length + 1);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download deze weergave/ }).click()]);
		expect(download.suggestedFilename()).toBe('dekking-po.csv');
		const view = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
		expect(view.trimEnd().split('\r\n')).toHaveLength((await rows(page).count()) + 1);
		// How much of each count is invented example content (issue 18).
		expect(view.split('\r\n')[0]).toContain('voorbeeld_projecten_po');
	});
});

test.describe('/verband', () => {
	const from = projects[0];
	const to = graph.nodes.find((n) => n.type === 'agendapunt')!;

	axeTest('pick two nodes by keyboard and see the shortest paths, shareable by URL', async ({ axePage: page }) => {
		await page.goto('/verband/');
		await expect(page.getByRole('button', { name: 'Zoek verband' })).toBeEnabled();
		for (const [label, node] of [
			['Van', from],
			['Naar', to]
		] as const) {
			const box = page.getByRole('combobox', { name: label });
			await box.fill(node.title.slice(0, 18));
			await expect(page.getByRole('listbox', { name: label }).getByRole('option').first()).toBeVisible();
			const options = page.getByRole('listbox', { name: label }).getByRole('option');
			const index = (await options.allInnerTexts()).findIndex((t) => t.startsWith(node.title));
			expect(index).toBeGreaterThanOrEqual(0);
			for (let i = 0; i <= index; i++) await box.press('ArrowDown');
			await box.press('Enter');
			await expect(box).toHaveValue(node.title);
		}
		await page.getByRole('button', { name: 'Zoek verband' }).click();
		await expect(page).toHaveURL(new RegExp(`van=${from.id}&naar=${to.id}`));
		const paths = page.getByRole('region', { name: 'Kortste wegen' }).getByRole('list', { name: /^Weg \d+$/ });
		await expect(paths.first()).toBeVisible();
		for (const path of await paths.all()) {
			const links = path.getByRole('link');
			await expect(links.first()).toHaveText(from.title);
			await expect(links.last()).toHaveText(to.title);
		}
		await expect(page.getByText(/kortste (weg|wegen) van \d+ stap/)).toBeVisible();
		await expect(page.getByRole('img', { name: /Diagram van de \d+ getoonde wegen/ })).toBeVisible();

		await page.reload();
		await expect(paths.first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('each path links to the graph explorer, which highlights that path', async ({ page }) => {
		await page.goto(`/verband/?van=${from.id}&naar=${to.id}`);
		const paths = page.getByRole('region', { name: 'Kortste wegen' }).getByRole('list', { name: /^Weg \d+$/ });
		await expect(paths.first()).toBeVisible();
		const idOfUrl = new Map(graph.nodes.map((n) => [n.url, n.id]));
		let first: string[] = [];
		for (const path of await paths.all()) {
			const ids = (await path.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map((u) => idOfUrl.get(u)!);
			expect(ids[0]).toBe(from.id);
			expect(ids.at(-1)).toBe(to.id);
			if (!first.length) first = ids;
			const link = path.locator('xpath=..').getByRole('link', { name: /^Toon in de graaf/ });
			await expect(link).toHaveAttribute('href', `/graaf/?pad=${ids.join(',')}`);
		}
		await page
			.getByRole('link', { name: /^Toon in de graaf/ })
			.first()
			.click();
		await expect(page).toHaveURL(new RegExp(`/graaf/\\?pad=${first.join(',')}`));
		const list = page.locator('aside.panel').getByRole('list', { name: 'Weg' });
		await expect(list.getByRole('link')).toHaveText(first.map((id) => byId.get(id)!.title));
	});

	test('asks for a second node instead of failing', async ({ page }) => {
		await page.goto(`/verband/?van=${from.id}`);
		await expect(page.getByRole('combobox', { name: 'Van' })).toHaveValue(from.title);
		await page.getByRole('button', { name: 'Zoek verband' }).click();
		await expect(page.getByText('Kies ook waar je naartoe wilt (Naar).')).toBeVisible();
	});
});

test('/agendas has a captioned table per other agenda', async ({ page }) => {
	await page.goto('/agendas/');
	const others = graph.nodes.filter((n) => n.type === 'agenda' && !graph.nodes.some((t) => t.type === 'thema' && t.agenda === n.id));
	// The overview, plus one per agenda with agendapunten.
	const withPoints = others.filter((a) => graph.nodes.some((p) => p.type === 'agendapunt' && p.agenda === a.id));
	await expect(page.getByRole('table')).toHaveCount(1 + withPoints.length);
	// Each agenda goes by one name on the page: its short title, as in the overview's columns.
	for (const a of withPoints) await expect(page.getByRole('heading', { level: 2, name: String(a.korte_titel ?? a.title), exact: true })).toBeVisible();
	const punt = graph.nodes.find((n) => n.type === 'agendapunt' && list(n.themas).length)!;
	const thema = byId.get(list(punt.themas)[0])!;
	const table = page.getByRole('table', { name: new RegExp(`^${String(byId.get(String(punt.agenda))!.korte_titel ?? '').replace(/[()]/g, '.')}`) });
	const row = table.getByRole('row', { name: new RegExp(`^${thema.nummer}\\. `) });
	await expect(row.getByRole('cell', { name: 'raakt eraan' }).first()).toBeVisible();
});

test.describe('exports, feeds and metadata', () => {
	test('every listing links its CSV; a filtered list downloads only what it shows', async ({ page, request }) => {
		await page.goto('/kennisvraag/');
		const all = page.getByRole('link', { name: 'Download alles als CSV' });
		await expect(all).toHaveAttribute('href', '/kennisvraag.csv');
		const csv = await (await request.get('/kennisvraag.csv')).text();
		expect(csv.trimEnd().split('\r\n')).toHaveLength(kennisvragen.length + 1);
		await page.getByLabel('Sectoren').selectOption('mbo');
		// The filtered rows come from the listing's data file, fetched on first use: wait for the filtered count.
		await expect(page.locator('main p.count')).toContainText(' van ');
		const shown = await page.locator('main ul li a').count();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download deze selectie/ }).click()]);
		expect(download.suggestedFilename()).toBe('kennisvraag-selectie.csv');
		const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
		expect(text.trimEnd().split('\r\n')).toHaveLength(shown + 1);
	});

	test('sitemap.xml lists every page of the site', async ({ request }) => {
		const response = await request.get('/sitemap.xml');
		expect(response.ok()).toBe(true);
		const paths = [...(await response.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
		for (const n of graph.nodes) expect(paths).toContain(n.url);
		for (const p of ['/', '/dekking/', '/verband/', '/agendas/', '/ontdekken/', '/project/']) expect(paths).toContain(p);
		expect(paths.some((p) => p.startsWith('/admin'))).toBe(false);
	});

	test('feed.xml is an Atom feed of projects, newest change first', async ({ request }) => {
		const response = await request.get('/feed.xml');
		expect(response.ok()).toBe(true);
		const xml = await response.text();
		expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
		const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]*)<\/updated>/g)].map((m) => m[1]);
		expect(updated).toHaveLength(Math.min(100, projects.length));
		expect(updated).toEqual([...updated].sort().reverse());
	});

	test('node pages carry JSON-LD, Open Graph and a description; the feed is announced', async ({ page }) => {
		const p = projects[0];
		await page.goto(p.url);
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		// The page's JSON-LD writes the site's IRIs from the root, resolved against @base (pageJsonLd): a reader that
		// resolves them against the page instead gets the same IRI.
		expect(ld).toMatchObject({ '@context': ['https://schema.org', { '@base': expect.any(String) }], '@type': 'ResearchProject', name: p.title });
		expect(new URL(ld['@id'], ld['@context'][1]['@base']).pathname).toBe(p.url);
		expect(new URL(ld['@id'], page.url()).pathname).toBe(p.url);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', p.title);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
		// The preview image exists and has the size the page announces (PNG header: width and height at bytes 16-23).
		const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
		const png = await (await page.request.get(image.pathname)).body();
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', String(png.readUInt32BE(16)));
		await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', String(png.readUInt32BE(20)));
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
		const kv = kennisvragen[0];
		await page.goto(kv.url);
		expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)['@type']).toBe('Question');
	});

	test('the discovery pages are reachable from the home page and the menu', async ({ page }) => {
		await page.goto('/');
		for (const name of ['Witte vlekken', 'Hoe hangen ze samen?', 'Agenda’s naast elkaar'])
			await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ontdekken' }).click();
		await expect(page).toHaveURL(/\/ontdekken\/$/);
		await page.getByRole('link', { name: 'Dekking en witte vlekken' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dekking van de Kennisagenda');
	});
});
