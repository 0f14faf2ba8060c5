/** One accessibility check for every browser test: axe-core with the WCAG 2.1 A and AA rules. */
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';

export const VIEWPORTS = [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core in every frame of the pages this page's context opens from now on. Compiled while a page loads, it costs
 * a fraction of injecting its 550 KB afterwards (0.3–1 s a check on this machine, most of an axe test on a small page).
 */
export const preloadAxe = (page: Page) => page.context().addInitScript({ content: axe.source });

/** Violations as readable lines ("rule: help (selectors)"), so a failing test says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Frames opened before preloadAxe, or without it, get axe now: the top frame's run reaches into every frame.
	for (const frame of page.frames()) if (!(await frame.evaluate(() => 'axe' in window).catch(() => true))) await frame.evaluate(axe.source).catch(() => {});
	const violations = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: typeof axe }).axe
				.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
				.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
		TAGS
	);
	return violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join('; ')})`);
}

/**
 * One page per worker for the page checks, with axe preloaded: a fresh context per test (Playwright's `page`) costs
 * more than the check on this machine (a new renderer and axe compiled into it: 10 pages 29 s, one page reused 12 s).
 * The site keeps no state in the browser (no storage, no cookies), so a page reused between paths checks what a fresh
 * one would. For tests that change nothing but the page itself (no routes, touch or settings of the context).
 */
export const axeTest = test.extend<{ axePage: Page }, { sharedAxePage: Page }>({
	sharedAxePage: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
			await context.addInitScript({ content: axe.source });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' }
	],
	// Each test starts at the viewport a fresh page has: one left at phone width hid the header's search box.
	axePage: async ({ sharedAxePage, viewport }, use) => {
		if (viewport) await sharedAxePage.setViewportSize(viewport);
		await use(sharedAxePage);
	}
});

/**
 * One test per page and viewport: no axe violations after loading it, then `more` checks if given. Layouts differ
 * between the widths, content does not: `phone` lists the paths also checked at phone width (default: all).
 */
export function testPagesWithAxe(paths: string[], more?: (page: Page) => Promise<void>, phone: (path: string) => boolean = () => true) {
	for (const path of paths) {
		for (const [name, viewport] of VIEWPORTS) {
			if (name === 'phone' && !phone(path)) continue;
			axeTest(`no axe violations (WCAG 2.1 AA) on ${path} (${name})`, async ({ axePage: page }) => {
				await page.setViewportSize(viewport);
				await page.goto(path);
				expect(await axeViolations(page)).toEqual([]);
				await more?.(page);
			});
		}
	}
}
