import { axeTest, axeViolations, VIEWPORTS } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { holdStartScript } from './hold';
import { BUILD_VERSION, graph, SUBPATH_URL } from './site';

const node = (id: string) => {
	const n = graph.nodes.find((x) => x.id === id);
	if (!n) throw new Error(`shipped content has no node "${id}"`);
	return n;
};
/** Keyboard shortcuts work once the page has hydrated. */
const open = async (page: Page, path: string) => {
	await page.goto(path);
	await page.locator('html[data-app="klaar"]').waitFor({ state: 'attached' });
};
const box = (page: Page) => page.getByRole('combobox', { name: 'Zoek in Kennisgraaf' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Zoekresultaten' });
/** Waits for real results: the "all results" option shows before the index has loaded. */
const shown = (page: Page) => expect(suggestions(page).locator('mark').first()).toBeVisible();

test('typing in the header shows typed, highlighted results as you type', async ({ page }) => {
	await page.goto('/');
	await box(page).click();
	await box(page).pressSequentially('leesmotiv');
	await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
	const options = suggestions(page).getByRole('option');
	await expect(options.first()).toContainText('Leesmotivatie');
	// Each result says what it is, and the match is marked.
	await expect(options.first()).toContainText(/Gamechanger|Project|Kennisvraag/);
	await expect(options.first().locator('mark').first()).toHaveText(/^Leesmotiv/i);
	await expect(box(page)).toHaveAttribute('aria-controls', (await suggestions(page).getAttribute('id'))!);
});

test('"/" and Ctrl+K open search; the index loads only then', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/zoeken/data/')) loaded.push(r.url());
	});
	await open(page, node('gelijke-kansen').url);
	expect(loaded).toEqual([]);

	await page.keyboard.press('/');
	await expect(box(page)).toBeFocused();
	// The manifest only: the term shards and stored fields a query needs come with the query.
	await expect.poll(() => loaded.map((u) => new URL(u).pathname)).toEqual(['/zoeken/data/index.json']);
	await page.keyboard.type('leesmotivatie');
	await expect(suggestions(page).getByRole('option').first()).toContainText('Leesmotivatie');
	const paths = loaded.map((u) => new URL(u).pathname);
	expect(paths).toContain('/zoeken/data/term/le.json');
	expect(paths.filter((p) => p.startsWith('/zoeken/data/term/')).length).toBeLessThanOrEqual(3);
	// With this build's version, so a browser never pairs new pages with a cached index of the previous build.
	for (const url of loaded) expect(new URL(url).searchParams.get('v')).toBe(BUILD_VERSION);
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Backspace');

	await page.keyboard.press('Escape');
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('Control+k');
	await expect(box(page)).toBeFocused();
});

test('keyboard: arrow down and Enter open the chosen page', async ({ page }) => {
	const target = node('terug-naar-school-thuiszitters');
	await open(page, '/');
	await page.keyboard.press('/');
	await page.keyboard.type('thuiszitters');
	await expect(suggestions(page).getByRole('option').first()).toContainText(target.title);
	await page.keyboard.press('ArrowDown');
	await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
	await expect(box(page)).toHaveAttribute('aria-activedescendant', (await suggestions(page).getByRole('option').first().getAttribute('id'))!);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${target.url}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
});

test('Enter without a chosen result opens the full results page', async ({ page }) => {
	await open(page, '/');
	await page.keyboard.press('/');
	await page.keyboard.type('feedback');
	await shown(page);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/zoeken\/\?q=feedback$/);
	await expect(page.getByRole('main').locator('ol > li').first()).toBeVisible();
});

for (const [kind, query, id] of [
	['diacritics', 'geintegreerd', 'kv-kennis-over-technologie-in-praktijk'],
	['diacritics', 'differentieren', 'gc-differentiatie-po'],
	['inflection', 'opleidingsscholen', 'opleidingsschool-duinmark'],
	['inflection', 'leraar', 'kv-differentiatie-po'],
	['typo', 'burgerschp', 'lectoraat-burgerschap-en-democratisch-leren'],
	['compound', 'feedback cultuur', 'kv-feedbackcultuur-in-teams']
] as const) {
	test(`finds ${kind}: "${query}"`, async ({ page }) => {
		await page.goto(`/zoeken/?q=${encodeURIComponent(query)}`);
		const results = page.getByRole('main').locator('ol > li');
		await expect(results.first()).toBeVisible();
		await expect(
			page
				.getByRole('main')
				.locator('ol')
				.getByRole('link', { name: node(id).title, exact: true })
		).toBeVisible();
	});
}

test('/zoeken restores its state from the URL and keeps it there', async ({ page }) => {
	await page.goto('/zoeken/?q=leraren&type=project');
	await expect(page.getByLabel('Zoekterm')).toHaveValue('leraren');
	await expect(page.getByLabel('Type')).toHaveValue('project');
	const results = page.getByRole('main').locator('ol > li');
	await expect(results.first()).toBeVisible();
	const projects = graph.nodes.filter((n) => n.type === 'project').map((n) => n.title);
	for (const title of await results.locator('a').allTextContents()) expect(projects).toContain(title);

	const thema = node('gelijke-kansen');
	await page.getByLabel('Thema').selectOption(thema.id);
	await expect(page).toHaveURL(/\?q=leraren&type=project&thema=gelijke-kansen$/);
	const narrowed = await results.count();
	await page.getByLabel('Zoekterm').fill('leraren feedback');
	await expect(page).toHaveURL(/\?q=leraren\+feedback&type=project&thema=gelijke-kansen$/);

	await page.reload();
	await expect(page.getByLabel('Zoekterm')).toHaveValue('leraren feedback');
	await expect(page.getByLabel('Thema')).toHaveValue(thema.id);
	await expect(results.first()).toBeVisible();
	expect(await results.count()).toBeLessThanOrEqual(narrowed);
});

test('/zoeken keeps a query typed before the page is interactive, and searches it', async ({ page }) => {
	const release = await holdStartScript(page);
	await page.goto('/zoeken/', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Zoekterm').fill('gelijke kansen');
	release();
	await expect(page).toHaveURL(/\?q=gelijke\+kansen$/);
	await expect(page.getByLabel('Zoekterm')).toHaveValue('gelijke kansen');
	await expect(page.getByRole('main').locator('ol > li a').first()).toHaveText(node('gelijke-kansen').title);
});

test('/zoeken ranks an exact title first and filters by sector', async ({ page }) => {
	await page.goto('/zoeken/?q=gelijke%20kansen');
	await expect(page.getByRole('main').locator('ol > li a').first()).toHaveText(node('gelijke-kansen').title);
	await page.getByLabel('Sector').selectOption('mbo');
	await expect(page).toHaveURL(/sector=mbo/);
	const mbo = new Set(graph.nodes.filter((n) => (n.sectoren as string[] | undefined)?.includes('mbo')).map((n) => n.title));
	const titles = await page.getByRole('main').locator('ol > li a').allTextContents();
	expect(titles.length).toBeGreaterThan(0);
	for (const t of titles) expect(mbo).toContain(t);
});

test('phone: the search button expands the search box', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/');
	await expect(box(page)).toBeHidden();
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(box(page)).toBeFocused();
	await page.keyboard.type('leesmotivatie');
	await shown(page);
});

test('search works under a sub-path', async ({ page }) => {
	await open(page, SUBPATH_URL);
	await page.keyboard.press('/');
	await page.keyboard.type('thuiszitters');
	await shown(page);
	// The options for the whole word, not those of a letter typed before it.
	await expect(suggestions(page).getByRole('option').first()).toContainText(/thuiszitters/i);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${SUBPATH_URL}project/terug-naar-school-thuiszitters/`);
});

for (const [name, viewport] of VIEWPORTS) {
	axeTest(`no axe violations with results shown (${name})`, async ({ axePage: page }) => {
		await page.setViewportSize(viewport);
		await open(page, '/zoeken/?q=leraren');
		await expect(page.getByRole('main').locator('ol > li').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('lees');
		await shown(page);
		await page.keyboard.press('ArrowDown');
		await expect(suggestions(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
		expect(await axeViolations(page)).toEqual([]);
	});
}
