import { expect, test } from '@playwright/test';
import { graph, kennisvraagSectors, SUBPATH_URL } from './site';
import { holdStartScript } from './hold';

test('home → thema → gamechanger → kennisvraag, with backlinks and breadcrumbs', async ({ page }) => {
	// Pick a kennisvraag that projects work on, so its page must show backlinks.
	const projectTargets = new Set(graph.edges.filter((e) => e.type === 'kennisvragen').map((e) => e.target));
	const kv = graph.nodes.find((n) => n.type === 'kennisvraag' && n.gamechanger && projectTargets.has(n.id))!;
	const gc = graph.nodes.find((n) => n.id === kv.gamechanger)!;
	const thema = graph.nodes.find((n) => n.id === kv.thema)!;

	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await page.getByRole('link', { name: thema.title, exact: true }).first().click();
	await expect(page).toHaveURL(new RegExp(`/thema/${thema.id}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(thema.title);

	await page.getByRole('main').getByRole('link', { name: gc.title, exact: true }).first().click();
	await expect(page).toHaveURL(new RegExp(`/gamechanger/${gc.id}/$`));
	const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
	await expect(crumbs.getByRole('link', { name: thema.title })).toBeVisible();

	await page.getByRole('main').getByRole('link', { name: kv.title, exact: true }).first().click();
	await expect(page).toHaveURL(new RegExp(`/kennisvraag/${kv.id}/$`));
	await expect(crumbs.getByRole('link', { name: gc.title })).toBeVisible();

	const backlinks = page.getByRole('region', { name: 'Wie werkt hieraan?' });
	const projects = graph.edges.filter((e) => e.type === 'kennisvragen' && e.target === kv.id).map((e) => e.source);
	for (const id of projects) {
		const p = graph.nodes.find((n) => n.id === id)!;
		await expect(backlinks.getByRole('link', { name: p.title, exact: true })).toBeVisible();
	}
});

test('example content carries a visible notice', async ({ page }) => {
	const example = graph.nodes.find((n) => n.voorbeeld && n.type === 'project')!;
	await page.goto(example.url);
	await expect(page.getByRole('note')).toContainText('Voorbeeldinhoud');
	const real = graph.nodes.find((n) => n.type === 'kennisvraag')!;
	await page.goto(real.url);
	await expect(page.getByRole('note')).toHaveCount(0);
});

test('listing filters narrow the list and live in the URL', async ({ page }) => {
	await page.goto('/kennisvraag/');
	const items = page.locator('main ul li a');
	const all = await items.count();
	expect(all).toBe(graph.nodes.filter((n) => n.type === 'kennisvraag').length);
	await page.getByLabel('Sectoren').selectOption('mbo');
	await expect(page).toHaveURL(/sectoren=mbo/);
	const mbo = graph.nodes.filter((n) => n.type === 'kennisvraag' && kennisvraagSectors(n).has('mbo')).length;
	await expect(items).toHaveCount(mbo);
	await page.reload();
	await expect(page.getByLabel('Sectoren')).toHaveValue('mbo');
	await expect(items).toHaveCount(mbo);
});

test('a filter chosen before the page is interactive is kept and put in the URL', async ({ page }) => {
	const release = await holdStartScript(page);
	await page.goto('/kennisvraag/', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Sectoren').selectOption('mbo');
	release();
	await expect(page).toHaveURL(/sectoren=mbo/);
	const mbo = graph.nodes.filter((n) => n.type === 'kennisvraag' && kennisvraagSectors(n).has('mbo')).length;
	await expect(page.locator('main ul li a')).toHaveCount(mbo);
	await expect(page.getByLabel('Sectoren')).toHaveValue('mbo');
});

test('the site works under a sub-path', async ({ page }) => {
	await page.goto(SUBPATH_URL);
	await page.getByRole('link', { name: 'Kennisvragen' }).first().click();
	await expect(page).toHaveURL(`${SUBPATH_URL}kennisvraag/`);
	await page.locator('main ul li a').first().click();
	await expect(page).toHaveURL(/\/kennisgraaf\/kennisvraag\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
