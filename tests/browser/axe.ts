/** One accessibility check for every browser test: axe-core with the WCAG 2.1 A and AA rules. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

export const VIEWPORTS = [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const;

/** Violations as readable lines ("rule: help (selectors)"), so a failing test says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return result.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join('; ')})`
	);
}

/** One test per page and viewport: no axe violations after loading it, then `more` checks if given. */
export function testPagesWithAxe(paths: string[], more?: (page: Page) => Promise<void>) {
	for (const path of paths) {
		for (const [name, viewport] of VIEWPORTS) {
			test(`no axe violations (WCAG 2.1 AA) on ${path} (${name})`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await page.goto(path);
				expect(await axeViolations(page)).toEqual([]);
				await more?.(page);
			});
		}
	}
}
