/**
 * The one combobox (src/lib/components/Combobox.svelte) in its three uses: the header search, the node search on
 * /graaf and the node pickers on /verband. Each use is driven the same way and must meet the same expectations.
 */
import { axeTest, axeViolations } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdStartScript } from './hold';
import { graph, type GraphNode } from './site';

interface Use {
	name: string;
	path: string;
	box: (page: Page) => Locator;
	/** Until the page can search (hydrated, data loaded). */
	ready: (page: Page) => Promise<void>;
	/** What choosing a node's option does. */
	chosen: (page: Page, node: GraphNode) => Promise<void>;
}

const USES: Use[] = [
	{
		name: 'header search',
		path: '/',
		box: (page) => page.getByRole('combobox', { name: 'Zoek in Kennisgraaf' }),
		ready: (page) => page.locator('html[data-app="klaar"]').waitFor({ state: 'attached' }),
		chosen: async (page, node) => {
			await expect(page).toHaveURL(new RegExp(`${node.url}$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(node.title);
		}
	},
	{
		name: 'graph node search',
		path: '/graaf/',
		box: (page) => page.getByRole('combobox', { name: 'Zoek in de graaf' }),
		ready: (page) => expect(page.getByRole('combobox', { name: 'Zoek in de graaf' })).toBeEnabled({ timeout: 30_000 }),
		chosen: async (page, node) => {
			await expect(page.locator('aside.panel').getByRole('heading', { level: 2 })).toHaveText(node.title);
			await expect(page).toHaveURL(new RegExp(`knoop=${node.id}`));
		}
	},
	{
		name: '/verband node picker',
		path: '/verband/',
		box: (page) => page.getByRole('combobox', { name: 'Van' }),
		ready: (page) => expect(page.getByRole('button', { name: 'Zoek verband' })).toBeEnabled(),
		chosen: async (page, node) => {
			await expect(page.getByRole('combobox', { name: 'Van' })).toHaveValue(node.title);
		}
	}
];

/** The longest word that most titles share: every use lists several options for it, whatever the content. */
const WORD = (() => {
	const counts = new Map<string, number>();
	for (const n of graph.nodes) for (const w of new Set(n.title.toLowerCase().match(/\p{L}{7,}/gu) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
})();

const listbox = async (box: Locator) => box.page().locator(`#${await box.getAttribute('aria-controls')}`);
const liveRegion = (box: Locator) => box.locator('xpath=..').getByRole('status');

/** The node an option shows (the longest title in its text), or undefined for other rows such as "all results". */
async function nodeOf(option: Locator): Promise<GraphNode | undefined> {
	const text = (await option.textContent()) ?? '';
	return graph.nodes.filter((n) => text.includes(n.title)).sort((a, b) => b.title.length - a.title.length)[0];
}

/** Options shown for WORD, with the index of the first after the top one that is a node: choosing it must take that node. */
async function typeWord(page: Page, box: Locator) {
	await page.keyboard.type(WORD);
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	const options = (await listbox(box)).getByRole('option');
	// The header search shows its "all results" option before the index has loaded.
	await expect.poll(() => options.count()).toBeGreaterThanOrEqual(3);
	await expect(liveRegion(box)).toHaveText(/^\d+ resultaten\. Kies met pijltjestoetsen en Enter\.$/);
	for (let i = 1; i < (await options.count()); i++) {
		const node = await nodeOf(options.nth(i));
		if (node) return { options, index: i, node };
	}
	throw new Error(`no option for "${WORD}" shows a node`);
}

async function expectActive(box: Locator, option: Locator | null) {
	if (!option) return expect(box).not.toHaveAttribute('aria-activedescendant');
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
	await expect((await listbox(box)).locator('[aria-selected="true"]')).toHaveCount(1);
}

async function tabTo(page: Page, box: Locator) {
	for (let k = 0; k < 40; k++) {
		await page.keyboard.press('Tab');
		if (await box.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error('the combobox cannot be reached with Tab');
}

async function driveByKeyboard(page: Page, use: Use) {
	const box = use.box(page);
	await page.goto(use.path);
	await use.ready(page);
	await tabTo(page, box);
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveAttribute('aria-autocomplete', 'list');
	await expect(await listbox(box)).toHaveRole('listbox');

	const { options, index, node } = await typeWord(page, box);
	const last = options.nth((await options.count()) - 1);
	await expectActive(box, null);
	await page.keyboard.press('ArrowDown');
	await expectActive(box, options.first());
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('ArrowUp');
	await expectActive(box, last);
	await page.keyboard.press('ArrowDown');
	await expectActive(box, options.first());
	// Home and End edit the text, so the options give the focus back.
	await page.keyboard.press('End');
	await expectActive(box, null);
	await page.keyboard.press('ArrowUp');
	await expectActive(box, last);

	// Escape closes, then clears.
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveValue(WORD);
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');

	// Tab leaves without choosing.
	await typeWord(page, box);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await expect(box).not.toBeFocused();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveValue(WORD);

	await page.keyboard.press('Shift+Tab');
	await expect(box).toBeFocused();
	for (let k = 0; k <= index; k++) await page.keyboard.press('ArrowDown');
	await expectActive(box, options.nth(index));
	await page.keyboard.press('Enter');
	await use.chosen(page, node);
}

async function driveByPointer(page: Page, use: Use, pointer: 'mouse' | 'touch') {
	const press = (target: Locator) => (pointer === 'mouse' ? target.click() : target.tap());
	const box = use.box(page);
	await page.goto(use.path);
	await use.ready(page);
	// On a phone the header search is folded into a button.
	if (!(await box.isVisible())) await press(page.getByRole('button', { name: 'Zoeken' }));
	await press(box);
	await typeWord(page, box);
	// Pressing elsewhere (the page margin, clear of every popup) closes the options and chooses nothing.
	await (pointer === 'mouse' ? page.mouse.click(5, 400) : page.touchscreen.tap(5, 400));
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveValue(WORD);
	if (!(await box.isVisible())) await press(page.getByRole('button', { name: 'Zoeken' }));
	await press(box);
	await page.keyboard.type(' ');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	const options = (await listbox(box)).getByRole('option');
	await expect.poll(() => options.count()).toBeGreaterThanOrEqual(3);
	// The options for the old text may still be replaced by those for the new one; a tap lands on whatever is under
	// the finger then. Under load that swap came after the option was picked, and another node was opened.
	await expect
		.poll(async () => {
			const before = (await options.allTextContents()).join('\n');
			await page.waitForTimeout(200);
			return before === (await options.allTextContents()).join('\n');
		})
		.toBe(true);
	let index = 1;
	while (!(await nodeOf(options.nth(index)))) index++;
	const node = (await nodeOf(options.nth(index)))!;
	await press(options.nth(index));
	await use.chosen(page, node);
}

for (const use of USES) {
	test.describe(use.name, () => {
		axeTest('by keyboard only', async ({ axePage: page }) => {
			await driveByKeyboard(page, use);
		});

		test('with the mouse', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await driveByPointer(page, use, 'mouse');
		});

		test.describe('by touch on a phone', () => {
			test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
			test('taps', async ({ page }) => {
				await driveByPointer(page, use, 'touch');
			});
		});
	});
}

test('text typed in the header search and on /verband before the page is interactive is searched', async ({ page }) => {
	for (const use of [USES[0], USES[2]]) {
		const release = await holdStartScript(page);
		await page.goto(use.path, { waitUntil: 'domcontentloaded' });
		await use.box(page).fill(WORD);
		release();
		await expect(use.box(page)).toHaveAttribute('aria-expanded', 'true');
		await expect.poll(async () => (await listbox(use.box(page))).getByRole('option').count()).toBeGreaterThanOrEqual(3);
		await page.unrouteAll();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header search submits to /zoeken', async ({ page }) => {
		await page.goto('/');
		await USES[0].box(page).fill(WORD);
		await USES[0].box(page).press('Enter');
		await expect(page).toHaveURL(new RegExp(`/zoeken/\\?q=${WORD}$`));
	});
});
