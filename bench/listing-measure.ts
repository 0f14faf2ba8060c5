/**
 * Listing budgets (issue 13): HTML of any one page ≤ 200 KB; data a listing page loads before
 * interaction ≤ 100 KB gzipped; a filter or sort on a listing of thousands of rows answers in ≤ 100 ms.
 *
 * Largest page: every .html file of the build, by size on disk.
 * Data before interaction: in headless Chromium, every response of /project/ up to network idle
 * that is not script or style (the document with its inline data, and any JSON), gzipped here.
 * Response: on /project/ with its data file loaded, the time from a change (filter, text, reset, sort)
 * to the second animation frame after it, by which the new rows have been presented; median of 5 runs.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunch } from '../scripts/chromium.js';

export interface ListingFigures extends Record<string, number | string> {
	largestHtmlBytes: number;
	largestHtmlPage: string;
	listingDataGzipBytes: number;
	listingRows: number;
	/** Two idle animation frames, included in each response figure. */
	frameMs: number;
	filterMs: number;
	textMs: number;
	resetMs: number;
	sortMs: number;
	/** Event → DOM updated and laid out, per action. */
	filterUpdateMs?: number;
	textUpdateMs?: number;
	resetUpdateMs?: number;
	sortUpdateMs?: number;
}

export function largestHtml(buildDir: string): { bytes: number; page: string } {
	let best = { bytes: 0, page: '' };
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) {
				const bytes = statSync(path).size;
				if (bytes > best.bytes) best = { bytes, page: `/${relative(buildDir, path).replace(/index\.html$/, '')}` };
			}
		}
	};
	walk(buildDir);
	return best;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs `act` in the page. Returns [update, frame]: update is until the DOM is updated (Svelte flushes in
 * a microtask) and laid out (a forced layout); frame until the second animation frame after it, by which
 * the new rows have been presented. On a busy machine frame mostly measures waiting for the compositor.
 */
const timed = (page: Page, act: string) =>
	page.evaluate(async (code) => {
		const t0 = performance.now();
		new Function(code)();
		await new Promise<void>((r) => queueMicrotask(() => queueMicrotask(r)));
		void document.body.offsetHeight;
		const update = performance.now() - t0;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		return [update, performance.now() - t0] as [number, number];
	}, act);

export async function measureListing(origin: string, buildDir: string, path = '/project/'): Promise<ListingFigures> {
	const browser = await chromium.launch(chromiumLaunch());
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		let dataBytes = 0;
		page.on('response', async (response) => {
			const kind = response.request().resourceType();
			if (kind === 'script' || kind === 'stylesheet' || kind === 'font' || kind === 'image') return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			dataBytes += gzipSync(body).length;
		});
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		const listingDataGzipBytes = dataBytes;

		// Interaction loads the data file; the responses below are measured with it in memory.
		await page
			.locator('form[role=search]')
			.focus()
			.catch(() => {});
		await page.getByLabel('Zoek in titels').focus();
		await page.waitForResponse((r) => r.url().includes('lijst.json')).catch(() => {});
		await page.waitForTimeout(500);
		const listingRows = await page.evaluate(async () => (await (await fetch('lijst.json')).json()).rows.length);

		const runs = (code: string) => Array.from({ length: 5 }, () => code);
		const updates: Record<string, number> = {};
		const measure = async (codes: string[], between?: string, name = '') => {
			const times: [number, number][] = [];
			for (const code of codes) {
				times.push(await timed(page, code));
				if (between) await timed(page, between);
			}
			if (name) updates[name] = median(times.map((t) => t[0]));
			return median(times.map((t) => t[1]));
		};
		const select = (value: string) =>
			`const s = document.querySelector('select[name=status]'); s.value = '${value}'; s.dispatchEvent(new Event('change', { bubbles: true }));`;
		const type = (text: string) =>
			`const i = document.querySelector('input[name=q]'); i.value = '${text}'; i.dispatchEvent(new Event('input', { bubbles: true }));`;
		const reset = `[...document.querySelectorAll('form[role=search] button')].find((b) => b.textContent.includes('Wis filters')).click();`;
		// Two animation frames with nothing to do: what every figure below includes besides the work itself.
		const frameMs = await measure(runs(''));
		const filterMs = await measure(runs(select('lopend')), reset, 'filterUpdateMs');
		const textMs = await measure(runs(type('le')), reset, 'textUpdateMs');
		const resetMs = await measure(runs(reset), select('lopend'), 'resetUpdateMs');
		// Sorting a filtered list: the state changes in place, the URL gets ?sorteer=….
		await timed(page, select('lopend'));
		const sortLink = (label: string) =>
			`[...document.querySelectorAll('nav[aria-label=Sorteren] a')].find((a) => a.textContent.startsWith('${label}')).click();`;
		const sortMs = await measure(['Titel', 'Startdatum', 'Nieuwste', 'Titel', 'Startdatum'].map(sortLink), undefined, 'sortUpdateMs');
		const html = largestHtml(buildDir);
		return {
			largestHtmlBytes: html.bytes,
			largestHtmlPage: html.page,
			listingDataGzipBytes,
			listingRows,
			frameMs,
			filterMs,
			textMs,
			resetMs,
			sortMs,
			...updates
		};
	} finally {
		await browser.close();
	}
}
