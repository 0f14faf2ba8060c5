/**
 * Widgets are made to be framed by other sites; every other page refuses. The embedding page comes from a server of
 * the test's own on another port (another origin), with the snippet /insluiten/ offers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { graph } from './site';

const SITE = `http://127.0.0.1:${Number(process.env.TEST_PORT ?? 4317)}`;
const kennisvraag = graph.nodes.find((n) => n.type === 'kennisvraag')!;

// A real server, not a routed response: Chromium blocks a page without an address from framing a loopback one.
let other: Server;
let html = '';
test.beforeAll(async () => {
	other = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
	await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

/** Opens `body` as a page of the other origin, collecting console errors of the page and its frames. */
async function embedder(page: Page, body: string) {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	html = `<!doctype html><html lang="nl"><title>Elders</title><body>${body}</body></html>`;
	await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
	return errors;
}

test('a widget works in an iframe on another site, with the snippet from its Insluiten page', async ({ page, request }) => {
	const embed = await (await request.get(`/insluiten/${kennisvraag.id}/`)).text();
	// The page shows the snippet escaped in a textarea, with the build's SITE_URL: point it at this server.
	const snippet = embed
		.match(/<textarea[^>]*>([^<]*)<\/textarea>/)![1]
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/https?:\/\/[^/"]+\/widget\//, `${SITE}/widget/`)
		.replace('/" title', '/?thema=dark" title');
	const errors = await embedder(page, snippet);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByRole('heading', { name: 'Wie werkt hieraan?' })).toBeVisible();
	await expect(frame.locator('header, footer, nav')).toHaveCount(0);
	// The widget reports its height and the snippet's listener applies it.
	await expect.poll(() => page.locator('iframe').evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
	const [styled, inner] = await Promise.all([
		page.locator('iframe').evaluate((f: HTMLIFrameElement) => parseFloat(f.style.height)),
		frame.locator('main').evaluate((m) => m.getBoundingClientRect().height)
	]);
	expect(Math.abs(styled - inner)).toBeLessThanOrEqual(1);
	await expect(frame.locator('html')).toHaveAttribute('data-thema', 'dark');
	expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(22, 22, 22)');
	expect(errors).toEqual([]);
});

test('a normal page refuses to be framed: by headers, and by its script where a host sends none', async ({ page }) => {
	await embedder(page, `<iframe id="gewoon" src="${SITE}/" title="Kennisgraaf"></iframe>`);
	// Chromium shows its own error page instead: nothing of the site's page is there.
	const child = () =>
		page
			.frames()
			.find((f) => f !== page.mainFrame())
			?.url() ?? '';
	await expect.poll(child).not.toMatch(/^(about:blank)?$/);
	expect(child()).toMatch(/^chrome-error:/);

	// A host without headers (GitHub Pages): the response without them still does not show.
	await page.route(`${SITE}/dekking/`, async (route) => {
		const response = await route.fetch();
		const headers = Object.fromEntries(Object.entries(response.headers()).filter(([k]) => !['x-frame-options', 'content-security-policy'].includes(k)));
		await route.fulfill({ response, headers });
	});
	await page.evaluate((src) => {
		const f = Object.assign(document.createElement('iframe'), { src, title: 'Dekking' });
		document.body.append(f);
	}, `${SITE}/dekking/`);
	const framed = () => page.frames().find((f) => f.url() === `${SITE}/dekking/`);
	await expect.poll(framed).toBeTruthy();
	await framed()!.waitForLoadState('domcontentloaded');
	expect(await framed()!.evaluate(() => getComputedStyle(document.documentElement).display)).toBe('none');
});

test('the Insluiten page previews the widget at its height and changes the snippet with the theme', async ({ page }) => {
	await page.goto(`/insluiten/${kennisvraag.id}/`);
	const preview = page.locator('iframe');
	await expect.poll(() => preview.evaluate((f: HTMLIFrameElement) => f.style.height)).toMatch(/^\d+px$/);
	await page.getByLabel('Donker').check();
	await expect(page.getByLabel('Code om te kopiëren')).toHaveValue(/\?thema=dark"/);
	await expect(preview).toHaveAttribute('src', /\?thema=dark$/);
});
