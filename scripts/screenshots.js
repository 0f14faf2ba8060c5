/**
 * Takes Chromium screenshots of a running site, for looking at pages as a user would.
 * node scripts/screenshots.js [outdir] path1 path2 … (server from npm start on PORT, default 4173)
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { chromiumLaunch } from './chromium.js';

const [outdir = 'tmp/shots', ...paths] = process.argv.slice(2);
const origin = `http://127.0.0.1:${process.env.PORT ?? 4173}`;
mkdirSync(outdir, { recursive: true });
const browser = await chromium.launch(chromiumLaunch());
for (const [name, viewport] of [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 390, height: 844 }]
]) {
	const page = await browser.newPage({ viewport });
	for (const path of paths) {
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		await page.waitForTimeout(Number(process.env.WAIT ?? 300));
		const file = `${outdir}/${name}-${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
		console.log(file);
	}
	await page.close();
}
await browser.close();
