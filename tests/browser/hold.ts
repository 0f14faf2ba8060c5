import type { Page } from '@playwright/test';

/**
 * Holds back the app's start script, so a test can act on the prerendered HTML before the page
 * is interactive (as on a slow phone). Call the returned function to let the page start.
 */
export async function holdStartScript(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
