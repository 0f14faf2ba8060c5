/** One accessibility check for every browser test: axe-core with the WCAG 2.1 A and AA rules. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const VIEWPORTS = [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const;

/** Violations as readable lines ("rule: help (selectors)"), so a failing test says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}
