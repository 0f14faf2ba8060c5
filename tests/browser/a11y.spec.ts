import { expect, test } from '@playwright/test';
import { testPagesWithAxe } from './axe';
import { samplePages, types } from './site';

const pages = ['/', ...types.map((t) => `/${t}/`), ...samplePages.map((n) => n.url), '/zoeken/', '/zoeken/?q=leraren'];
// Discovery pages, also with filters and a path result.
const pathPair = ['project', 'agendapunt'].map((t) => samplePages.find((n) => n.type === t)?.id);
pages.push(
	'/ontdekken/',
	'/over-de-kennisagenda/',
	'/dekking/',
	'/dekking/?sector=mbo&wit=1',
	'/agendas/',
	'/verband/',
	`/verband/?van=${pathPair[0]}&naar=${pathPair[1]}`
);
pages.push('/graaf/'); // loaded states (selection, local graph) are checked in graph.spec.ts
// Open data: the downloads, a widget's embedding page (axe checks the light widget in its preview frame) and the dark widget.
const widget = samplePages.find((n) => n.type === 'kennisvraag')!.id;
pages.push('/data/', `/insluiten/${widget}/`, `/widget/${widget}/?thema=dark`);

testPagesWithAxe(pages);

test('keyboard: skip link, then the main navigation', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#inhoud$/);
});
