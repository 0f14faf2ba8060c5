/**
 * No script from content ever runs in the browser. Builds a site from tests/fixtures/xss (payloads in titles, bodies,
 * field values, URLs and wiki-link labels), serves it, visits every page, and checks that nothing ran and nothing
 * executable was injected.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const PORT = Number(process.env.TEST_PORT ?? 4317) + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
// scripts/test.sh builds the fixture from the site's bundles beforehand; run alone, this file builds it itself.
const PREBUILT = `${process.env.BUILD_DIR ?? 'build'}-xss`;
const prebuilt = existsSync(`${PREBUILT}/index.html`);
const OUT = prebuilt ? PREBUILT : `build-xss-${PORT}`;
const KIT = `.svelte-kit-xss-${PORT}`;

test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;

function htmlPages(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) htmlPages(p, out);
		else if (name === 'index.html') out.push(`/${relative(OUT, dir).split(sep).join('/')}${dir === OUT ? '' : '/'}`);
	}
	return out;
}

test.beforeAll(async () => {
	test.setTimeout(240_000);
	const build = prebuilt
		? { status: 0, stdout: '', stderr: '' }
		: spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
				env: { ...process.env, KENNISGRAAF_CONTENT: 'tests/fixtures/xss', BUILD_DIR: OUT, KIT_OUT_DIR: KIT, BASE_PATH: '' },
				encoding: 'utf8'
			});
	expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
	server = spawn('node', ['scripts/serve.js', OUT], { env: { ...process.env, PORT: String(PORT), BASE_PATH: '' }, stdio: 'ignore' });
	for (let i = 0; i < 50; i++) {
		if (
			await fetch(`${ORIGIN}/`).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('static server did not start');
});

test.afterAll(() => {
	server?.kill();
	if (!prebuilt) for (const dir of [KIT, OUT]) rmSync(dir, { recursive: true, force: true });
});

/** What a payload would leave behind if any part of it got through. */
async function injected(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const w = window as unknown as { __xss?: unknown };
		if (w.__xss !== undefined) found.push(`payload ran: window.__xss = ${String(w.__xss)}`);
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
				if (
					/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name) &&
					/^\s*(javascript:|vbscript:|data:(?!image\/(png|jpeg|gif|webp|svg\+xml)[;,]))/i.test(attr.value)
				) {
					found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
				}
			}
		}
		for (const el of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh"]')) {
			// The one frame of the site's own: /insluiten/ previews the widget of this site, outside the content.
			const src = el.localName === 'iframe' ? new URL((el as HTMLIFrameElement).src, location.href) : undefined;
			const preview = src?.origin === location.origin && /\/widget\/[a-z0-9-]+\/$/.test(src.pathname) && el.matches('iframe.preview') && !el.closest('.prose');
			if (!preview) found.push(`<${el.localName}>`);
		}
		// The site's own search form is fine; a form that posts elsewhere is not.
		for (const form of document.querySelectorAll('form')) {
			if (new URL(form.action, location.href).origin !== location.origin) found.push(`<form action="${form.getAttribute('action')}">`);
		}
		for (const s of document.querySelectorAll('script')) {
			const text = s.textContent ?? '';
			if (s.src && new URL(s.src).origin !== location.origin) found.push(`script from ${s.src}`);
			if (/^\s*(window\.__xss|alert\()/.test(text)) found.push(`injected script: ${text.slice(0, 40)}`);
			if (s.type === 'application/ld+json') {
				try {
					JSON.parse(text);
				} catch {
					found.push(`JSON-LD broken open: ${text.slice(0, 60)}`);
				}
			}
		}
		return found;
	});
}

test('the fixture builds, and every page shows its payloads as text without running them', async ({ page }) => {
	test.setTimeout(180_000);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(`${page.url()}: ${d.message()}`);
		void d.dismiss();
	});
	const pages = htmlPages(OUT);
	expect(pages.length).toBeGreaterThan(15);
	const problems: string[] = [];
	// A hover shows the link's preview, which depends on the link's target only: each target is hovered once, on the
	// first page that shows a visible link to it (hovering up to 15 links on every page took most of a minute).
	const hovered = new Set<string>();
	for (const path of pages) {
		await page.goto(ORIGIN + path, { waitUntil: 'load' });
		// Give late handlers (image errors, focus, toggles) a chance to fire, then touch the links.
		await page.waitForTimeout(150);
		// Hidden links (folded lists) would each wait out the hover's timeout: only visible ones are touched.
		for (const link of await page.locator('main a').all()) {
			const href = await link.getAttribute('href');
			if (href === null || hovered.has(href) || !(await link.isVisible())) continue;
			hovered.add(href);
			await link.hover({ timeout: 1000 }).catch(() => {});
		}
		problems.push(...(await injected(page)).map((p) => `${path}: ${p}`));
	}
	expect(hovered.size).toBeGreaterThan(15);
	expect(dialogs).toEqual([]);
	expect(problems).toEqual([]);
});

test('a payload in a title reads as text on its page', async ({ page }) => {
	await page.goto(`${ORIGIN}/project/xss-project/`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.__xss=1;alert("xss-script")</script>');
	await expect(page.locator('main')).toContainText('<img src="https://example.invalid/x.png" onerror=');
	// Raw HTML in the body is sanitized: the harmless part stays, the dangerous part is gone.
	await expect(page.locator('.prose a', { hasText: 'gevaarlijke link' })).not.toHaveAttribute('href', /javascript/i);
});

test('search shows payloads as text', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	for (const q of ['script', 'img', 'onerror', 'xss']) {
		const response = await page.goto(`${ORIGIN}/zoeken/?q=${q}`);
		test.skip(response?.status() === 404, 'no search page in this build');
		await page.waitForTimeout(400);
		expect(await injected(page), q).toEqual([]);
	}
	const box = page.getByRole('combobox').first();
	if (await box.count()) {
		await box.fill('Project script');
		await page.waitForTimeout(500);
		expect(await injected(page)).toEqual([]);
	}
	expect(dialogs).toEqual([]);
});
