import { expect, test } from '@playwright/test';
import { axeViolations, preloadAxe, testPagesWithAxe } from './axe';
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

// At phone width: every page with a layout of its own. The other type listings share /project/'s template, and the
// other discovery and search states the layouts of pages checked here.
const phoneLayouts = new Set([
	'/',
	'/project/',
	...samplePages.map((n) => n.url),
	'/zoeken/?q=leraren',
	'/ontdekken/',
	'/dekking/',
	pages.find((p) => p.startsWith('/verband/?')),
	'/graaf/',
	'/data/',
	`/insluiten/${widget}/`
]);
testPagesWithAxe(pages, undefined, (path) => phoneLayouts.has(path));

test('the axe check finds violations, also inside a frame (the check itself can fail)', async ({ page }) => {
	// A page of its own, so nothing of the site's scripts can change it while axe runs.
	const frame = '<!doctype html><html lang="nl"><title>f</title><input type="text">';
	await page.route('**/axe-proef/', (r) =>
		r.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html lang="nl"><title>Proef</title><main><img src="data:," width="20" height="20"><iframe title="proef" srcdoc='${frame}'></iframe></main>`
		})
	);
	await preloadAxe(page);
	await page.goto('/axe-proef/');
	const found = await axeViolations(page);
	expect(found.some((v) => v.startsWith('image-alt:'))).toBe(true);
	expect(found.some((v) => v.startsWith('label:') && v.includes('iframe input'))).toBe(true);
});

test('keyboard: skip link, then the main navigation', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#inhoud$/);
});
