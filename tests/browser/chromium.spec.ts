/**
 * The browser every test and benchmark starts (scripts/chromium.js): it keeps the features Playwright turns off, and
 * loads no address-bar popup into the windows of test contexts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DISABLED_FEATURES } from '../../scripts/chromium.js';

test('Chromium runs with Playwright’s disabled features and ours, and opens no address-bar popup', async ({ browser, page }) => {
	await page.goto('/');
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
	const pid = processInfo.find((p) => p.type === 'browser')!.id;
	const switches = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
		.split('\0')
		.filter((a) => a.startsWith('--disable-features='))
		.map((a) => a.slice('--disable-features='.length).split(','));
	// Chromium obeys the last switch: it must hold every name of the earlier ones (Playwright's own).
	const last = switches.at(-1)!;
	expect(last).toEqual(DISABLED_FEATURES);
	for (const earlier of switches.slice(0, -1)) expect(earlier.filter((f) => !last.includes(f))).toEqual([]);

	const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: { type: string; url: string }[] };
	expect(targetInfos.filter((t) => t.url.startsWith('chrome://'))).toEqual([]);
});
