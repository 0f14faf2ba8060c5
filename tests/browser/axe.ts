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
 * One test per page and viewport: no axe violations after loading it, then `more` checks if given. Layouts differ
 * between the widths, content does not: `phone` lists the paths also checked at phone width (default: all).
 */
export function testPagesWithAxe(paths: string[], more?: (page: Page) => Promise<void>, phone: (path: string) => boolean = () => true) {
	for (const path of paths) {
		for (const [name, viewport] of VIEWPORTS) {
			if (name === 'phone' && !phone(path)) continue;
			test(`no axe violations (WCAG 2.1 AA) on ${path} (${name})`, async ({ page }) => {
				await preloadAxe(page);
				await page.setViewportSize(viewport);
				await page.goto(path);
				expect(await axeViolations(page)).toEqual([]);
				await more?.(page);
			});
		}
	}
}
