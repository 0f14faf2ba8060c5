/** The authors' guide on the site: reachable from every page, readable at phone width, accessible. */
import { testPagesWithAxe } from './axe';
import { expect, test } from '@playwright/test';

const pages = ['/publiceren/', '/publiceren/velden/', '/publiceren/webeditor/'];

testPagesWithAxe(pages, async (page) => {
	// Nothing wider than the screen but the tables, which scroll on their own.
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('the guide is linked from the footer of every page and from the home page', async ({ page }) => {
	await page.goto('/project/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Zelf publiceren' }).click();
	await expect(page).toHaveURL(/\/publiceren\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publiceren op Kennisgraaf');
	await page.goto('/');
	await page.getByRole('link', { name: 'Zo publiceer je een project' }).click();
	await expect(page).toHaveURL(/\/publiceren\/$/);
});

test('the field reference is generated for every type, and the guide links to it', async ({ page }) => {
	await page.goto('/publiceren/');
	await page.getByRole('main').getByRole('link', { name: 'Velden per type' }).first().click();
	await expect(page).toHaveURL(/\/publiceren\/velden\/$/);
	for (const label of ['Project', 'Lectoraat', 'Partnerschap', 'Kennisvraag']) {
		await expect(page.getByRole('heading', { level: 2, name: label, exact: true })).toBeVisible();
	}
	const table = page.getByRole('region', { name: 'Tabel' }).first();
	await expect(table.getByRole('cell', { name: 'lectoraten', exact: true })).toBeVisible();
	await table.focus();
	await expect(table).toBeFocused();
});

test('the JSON Schemas are served next to the pages', async ({ request }) => {
	const schema = await (await request.get('/schema/project.json')).json();
	expect(schema.properties.status.enum).toEqual(['gepland', 'lopend', 'afgerond']);
});
