/** The graph explorer (/graaf) and the local graph on node pages. */
import { readFileSync } from 'node:fs';
import { axeViolations, VIEWPORTS } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { GraphData } from '../../src/lib/components/graph/format';
import { CLUSTER_PALETTE } from '../../src/lib/components/graph/model';
import { registry } from '../../src/lib/registry/registry';
import { BUILD, BUILD_VERSION, SUBPATH_URL } from './site';

const data = JSON.parse(readFileSync(`${BUILD}/graaf/data.json`, 'utf8')) as GraphData;
const idx = new Map(data.ids.map((id, i) => [id, i]));
const neighbours = data.ids.map(() => new Set<number>());
for (let e = 0; e < data.edges.length; e += 3) {
	const [s, t] = [data.edges[e], data.edges[e + 1]];
	if (s !== t) {
		neighbours[s].add(t);
		neighbours[t].add(s);
	}
}
const typeOf = (id: string) => data.types[data.type[idx.get(id)!]];
const urlOf = (id: string) => `/${typeOf(id)}/${id}/`;
/** The best-connected node, and a well-connected project (for filter tests). */
const hub = data.ids[data.degree.indexOf(Math.max(...data.degree))];
const project = data.ids.filter((id) => typeOf(id) === 'project').sort((a, b) => neighbours[idx.get(b)!].size - neighbours[idx.get(a)!].size)[0];

interface Hook {
	view(): { node: string | null; hidden: string[]; themes: string[]; focus: boolean };
	position(id: string): { x: number; y: number } | null;
	display(id: string): { color: string; hidden: boolean } | undefined;
	highlighted(id: string): boolean;
	onPath(id: string): boolean;
	select(id: string): void;
	renderer: { getCamera(): { ratio: number }; sigma: { refresh(...args: unknown[]): unknown } };
}

async function openGraph(page: Page, query = '') {
	await page.goto(`/graaf/${query}`);
	await expect(page.locator('#graaf-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

/** Page coordinates of a node on the canvas. */
async function nodePoint(page: Page, id: string) {
	await page.locator('#graaf-canvas').scrollIntoViewIfNeeded();
	const box = (await page.locator('#graaf-canvas').boundingBox())!;
	const p = await page.evaluate((id) => (window as unknown as { __kennisgraafGraph: Hook }).__kennisgraafGraph.position(id), id);
	return { x: box.x + p!.x, y: box.y + p!.y };
}

const hook = <T>(page: Page, fn: (h: Hook, arg: string) => T, arg = '') =>
	page.evaluate(
		([source, a]) => new Function('h', 'a', `return (${source})(h, a)`)((window as unknown as { __kennisgraafGraph: Hook }).__kennisgraafGraph, a),
		[fn.toString(), arg] as const
	) as Promise<T>;

/** Share of pixels that differ from the background: a blank canvas scores 0. */
async function inkRatio(page: Page, locator: Locator): Promise<number> {
	const png = (await locator.screenshot()).toString('base64');
	return page.evaluate(async (b64) => {
		const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
		const bitmap = await createImageBitmap(blob);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(bitmap, 0, 0);
		const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
		let ink = 0;
		for (let i = 0; i < px.length; i += 4) if (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235) ink++;
		return ink / (px.length / 4);
	}, png);
}

function collectErrors(page: Page) {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

test.describe('/graaf', () => {
	test('draws the graph on the canvas without console errors', async ({ page }) => {
		const errors = collectErrors(page);
		await openGraph(page);
		expect(await inkRatio(page, page.locator('#graaf-canvas'))).toBeGreaterThan(0.02);
		await expect(page.locator('#graaf-status')).toContainText(`${data.ids.length} van ${data.ids.length} knopen zichtbaar`);
		expect(errors).toEqual([]);
	});

	test('asks for its data once, with the build version (the preload is used; no stale copy after a deploy)', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await openGraph(page);
		const fetched = requested.filter((u) => u.includes('/graaf/data.json'));
		expect(fetched).toHaveLength(1);
		expect(new URL(fetched[0]).searchParams.get('v')).toBe(BUILD_VERSION);
	});

	test('the legend shows a count per type', async ({ page }) => {
		await openGraph(page);
		const legend = page.locator('.filters .legend');
		for (const [k, type] of data.types.entries()) {
			const count = data.type.filter((t) => t === k).length;
			if (count) await expect(legend.getByRole('button', { name: new RegExp(`${count}$`) }).filter({ hasText: labelOf(type) })).toHaveCount(1);
		}
	});

	test('hover highlights the node and its neighbours and dims the rest', async ({ page }) => {
		await openGraph(page);
		const stage = page.locator('#graaf-canvas');
		const before = await inkRatio(page, stage);
		const point = await nodePoint(page, project);
		await page.mouse.move(point.x, point.y);
		await expect(stage).toHaveAttribute('data-hovered', project);
		const at = idx.get(project)!;
		const neighbour = data.ids[[...neighbours[at]][0]];
		const stranger = data.ids.find((_, i) => i !== at && !neighbours[at].has(i))!;
		const highlighted = (id: string) => hook(page, (h, a) => h.highlighted(a), id);
		expect(await highlighted(project)).toBe(true);
		expect(await highlighted(neighbour)).toBe(true);
		expect(await highlighted(stranger)).toBe(false);
		// The rest is dimmed: far fewer non-white pixels than before.
		expect(await inkRatio(page, stage)).toBeLessThan(before * 0.7);
		await page.mouse.move(2, 2);
		await expect(stage).toHaveAttribute('data-hovered', '');
		expect(await highlighted(neighbour)).toBe(false);
		expect(await inkRatio(page, stage)).toBeGreaterThan(before * 0.9);
	});

	test('click selects a node, opens the panel with its relations and puts it in the URL', async ({ page }) => {
		await openGraph(page);
		const point = await nodePoint(page, project);
		await page.mouse.click(point.x, point.y);
		const panel = page.locator('aside.panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(data.titles[idx.get(project)!]);
		await expect(panel.getByRole('link', { name: 'Open pagina' })).toHaveAttribute('href', urlOf(project));
		await expect(page).toHaveURL(new RegExp(`[?&]knoop=${project}`));
		// The list alternative: every neighbour as a link to its page.
		await expect(panel.locator('ul.nodes a')).toHaveCount(neighbours[idx.get(project)!].size);
	});

	test.describe('on a touch screen', () => {
		test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
		test('the controls fit in two rows and the filters fold into a disclosure, usable by keyboard', async ({ page }) => {
			await openGraph(page, `?knoop=${project}`);
			const tops = await page
				.locator('.toolbar')
				.locator('input, button')
				.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).map((e) => Math.round(e.getBoundingClientRect().top)));
			expect(new Set(tops).size).toBeLessThanOrEqual(2);
			// Nothing in the toolbar sticks out of the window.
			const right = await page.locator('.toolbar button:visible').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
			expect(right).toBeLessThanOrEqual(390);
			const summary = page.locator('aside.filters summary');
			await expect(summary).toBeVisible();
			await expect(page.getByRole('checkbox', { name: 'Primair onderwijs' })).toBeHidden();
			await summary.focus();
			await page.keyboard.press('Enter');
			await page.getByRole('checkbox', { name: 'Primair onderwijs' }).check();
			await expect(page).toHaveURL(/sector=po/);
			await expect(summary).toContainText('1 actief');
			// The neighbourhood controls moved in here from the toolbar.
			await page.locator('aside.filters').getByRole('button', { name: 'Alleen buurt', exact: true }).click();
			await expect(page).toHaveURL(/focus=1/);
			expect(await axeViolations(page)).toEqual([]);
		});
		test('a tap selects a node', async ({ page }) => {
			await openGraph(page);
			const point = await nodePoint(page, project);
			await page.touchscreen.tap(point.x, point.y);
			await expect(page.locator('aside.panel').getByRole('heading', { level: 2 })).toHaveText(data.titles[idx.get(project)!]);
		});
	});

	test('double-click opens the node page', async ({ page }) => {
		await openGraph(page);
		const point = await nodePoint(page, project);
		await page.mouse.dblclick(point.x, point.y);
		await expect(page).toHaveURL(new RegExp(`${urlOf(project)}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.titles[idx.get(project)!]);
	});

	test('type, thema and sector filters hide nodes and are kept in the URL', async ({ page }) => {
		await openGraph(page);
		const total = data.ids.length;
		const status = page.locator('#graaf-status');
		const projects = data.type.filter((t) => data.types[t] === 'project').length;
		await page
			.locator('.filters .legend')
			.getByRole('button', { name: /Projecten/ })
			.click();
		await expect(page).toHaveURL(/verberg=project/);
		await expect(status).toContainText(`${total - projects} van ${total}`);
		expect((await hook(page, (h, id) => h.display(id), project))!.hidden).toBe(true);
		await page
			.locator('.filters .legend')
			.getByRole('button', { name: /Projecten/ })
			.click();
		await expect(status).toContainText(`${total} van ${total}`);

		const theme = 0;
		const inTheme = data.theme.filter((t) => t.includes(theme)).length;
		const themeTitle = data.titles[idx.get(data.themes[theme])!];
		await page.getByRole('checkbox', { name: themeTitle }).check();
		await expect(page).toHaveURL(new RegExp(`thema=${data.themes[theme]}`));
		await expect(status).toContainText(`${inTheme} van ${total}`);
		await page.getByRole('button', { name: 'Wis filters' }).click();
		await expect(status).toContainText(`${total} van ${total}`);

		const po = data.sectors.indexOf('po');
		const sectorTypes = new Set(['gamechanger', 'kennisvraag', 'partnerschap', 'project']);
		const withPo = data.ids.filter((_, i) => !sectorTypes.has(data.types[data.type[i]]) || data.sector[i] & (1 << po)).length;
		await page.getByRole('checkbox', { name: 'Primair onderwijs' }).check();
		await expect(page).toHaveURL(/sector=po/);
		await expect(status).toContainText(`${withPo} van ${total}`);
	});

	test('focus mode shows only the ego network of the selection', async ({ page }) => {
		await openGraph(page, `?knoop=${project}`);
		await page.getByRole('button', { name: 'Alleen buurt', exact: true }).click();
		await expect(page).toHaveURL(/focus=1/);
		await expect(page.locator('#graaf-status')).toContainText(`${neighbours[idx.get(project)!].size + 1} van ${data.ids.length}`);
	});

	test('colour by cluster: cluster colours, clusters listed by size that zoom in, back restores type colours', async ({ page }) => {
		await openGraph(page);
		// Expected from the data file: the largest community and its best-connected node.
		const sizes = new Map<number, number>();
		for (const c of data.community) sizes.set(c, (sizes.get(c) ?? 0) + 1);
		const largest = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
		const members = data.ids.map((_, i) => i).filter((i) => data.community[i] === largest);
		const hubIndex = members.reduce((best, i) => (data.degree[i] > data.degree[best] ? i : best));
		const member = data.ids[hubIndex];
		const colourOf = (id: string) => hook(page, (h, a) => h.display(a)!.color, id);
		expect(await colourOf(member)).toBe(registry[typeOf(member)].color);

		await page.getByLabel('naar cluster').check();
		await expect(page).toHaveURL(/kleur=cluster/);
		const list = page.getByRole('list', { name: 'Clusters' });
		await expect(list.getByRole('button')).toHaveCount(Math.min(sizes.size, CLUSTER_PALETTE.length));
		const first = list.getByRole('button').first();
		await expect(first).toContainText(`rond ${data.titles[hubIndex]}`);
		await expect(first).toContainText(String(members.length));
		await expect.poll(() => colourOf(member)).toBe(CLUSTER_PALETTE[0]);

		const before = await hook(page, (h) => h.renderer.getCamera().ratio);
		await first.click();
		await expect.poll(() => hook(page, (h) => h.renderer.getCamera().ratio)).not.toBe(before);
		await expect(page.locator('#graaf-status')).toContainText(`Cluster rond ${data.titles[hubIndex]}: ${members.length} knopen`);
		// The side panel names the selected node's cluster; selecting repaints the highlight, not the whole graph.
		await hook(page, (h) => {
			const sigma = h.renderer.sigma;
			const refresh = sigma.refresh.bind(sigma);
			(window as unknown as { refreshes: number }).refreshes = 0;
			sigma.refresh = (...args: unknown[]) => ((window as unknown as { refreshes: number }).refreshes++, refresh(...args));
		});
		const other = data.ids[members.find((i) => i !== hubIndex)!];
		await hook(page, (h, id) => h.select(id), other);
		await expect(page.locator('aside.panel')).toContainText(`In het cluster rond ${data.titles[hubIndex]} (${members.length} knopen)`);
		expect(await page.evaluate(() => (window as unknown as { refreshes: number }).refreshes)).toBe(0);
		await page.goBack();

		await page.goBack();
		await expect(page).not.toHaveURL(/kleur=cluster/);
		await expect.poll(() => colourOf(member)).toBe(registry[typeOf(member)].color);
		await expect(list).toHaveCount(0);
	});

	test('the view in the URL is restored, and back/forward walk through selections', async ({ page }) => {
		await openGraph(page, `?knoop=${project}&verberg=organisatie`);
		const heading = page.locator('aside.panel').getByRole('heading', { level: 2 });
		await expect(heading).toHaveText(data.titles[idx.get(project)!]);
		await expect(page.locator('.filters .legend').getByRole('button', { name: /Organisaties/ })).toHaveAttribute('aria-pressed', 'false');

		const other = data.ids[[...neighbours[idx.get(project)!]][0]];
		await page
			.locator('aside.panel')
			.getByRole('button', { name: `Selecteer ${data.titles[idx.get(other)!]} in de graaf` })
			.first()
			.click();
		await expect(heading).toHaveText(data.titles[idx.get(other)!]);
		await expect(page).toHaveURL(new RegExp(`knoop=${other}`));
		await page.goBack();
		await expect(heading).toHaveText(data.titles[idx.get(project)!]);
		await expect(page).toHaveURL(new RegExp(`knoop=${project}`));
		await page.goForward();
		await expect(heading).toHaveText(data.titles[idx.get(other)!]);
	});

	test('the camera is kept in the URL', async ({ page }) => {
		await openGraph(page, '?x=0.3&y=0.6&zoom=0.25');
		expect(await hook(page, (h) => h.renderer.getCamera().ratio)).toBeCloseTo(0.25, 3);
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		await expect(page).not.toHaveURL(/zoom=0\.25(&|$)/);
		await expect(page).toHaveURL(/zoom=0\.\d+/);
	});

	test('the type-ahead finds a node by keyboard and selects it', async ({ page }) => {
		await openGraph(page);
		const title = data.titles[idx.get(project)!];
		const box = page.getByRole('combobox', { name: 'Zoek in de graaf' });
		await box.fill(title.slice(0, 12));
		await expect(page.getByRole('listbox')).toBeVisible();
		const position = await page.getByRole('option').evaluateAll((opts, t) => opts.findIndex((o) => o.textContent?.includes(t)), title);
		expect(position).toBeGreaterThanOrEqual(0);
		for (let k = 0; k <= position; k++) await box.press('ArrowDown');
		await box.press('Enter');
		await expect(page.locator('aside.panel').getByRole('heading', { level: 2 })).toHaveText(title);
		await expect(page).toHaveURL(new RegExp(`knoop=${project}`));
	});

	test('controls are reachable and usable by keyboard', async ({ page }) => {
		await openGraph(page);
		await page.getByRole('combobox', { name: 'Zoek in de graaf' }).focus();
		const reached = new Set<string>();
		for (let k = 0; k < 12; k++) {
			await page.keyboard.press('Tab');
			reached.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? ''));
		}
		for (const name of ['Inzoomen', 'Uitzoomen', 'Herstel', 'GEXF']) expect(reached).toContain(name);
		const stage = page.locator('#graaf-canvas');
		await stage.focus();
		const before = await hook(page, (h) => h.renderer.getCamera().ratio);
		await page.keyboard.press('+');
		await expect.poll(() => hook(page, (h) => h.renderer.getCamera().ratio)).toBeLessThan(before);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the list alternative is plain HTML', async ({ page }) => {
			await page.goto('/graaf/');
			const panel = page.locator('aside.panel');
			await expect(panel.getByRole('heading', { name: 'Meest verbonden knopen' })).toBeVisible();
			await expect(panel.getByRole('link', { name: data.titles[idx.get(hub)!], exact: true })).toHaveAttribute('href', urlOf(hub));
			expect(await panel.locator('ol a').count()).toBeGreaterThanOrEqual(Math.min(10, data.ids.length));
		});
	});

	// The page's canvases lose WebGL; the warm-up worker's OffscreenCanvas keeps it (its yes is trusted,
	// so sigma's failure must lead to the message), or there is no OffscreenCanvas at all (no worker).
	for (const worker of ['says yes', 'is not available']) {
		test(`without WebGL it shows a message and the list instead of an empty box (warm-up worker ${worker})`, async ({ page }) => {
			await page.addInitScript((noWorker) => {
				const original = HTMLCanvasElement.prototype.getContext;
				HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
					return type === 'webgl2' || type === 'webgl' ? null : original.call(this, type as '2d', ...(rest as []));
				} as typeof original;
				if (noWorker) delete (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas;
			}, worker !== 'says yes');
			await page.goto('/graaf/');
			await expect(page.getByRole('note')).toContainText('WebGL2');
			await expect(page.locator('aside.panel ol a').first()).toBeVisible();
			// Search still works and fills the list with the neighbourhood.
			await page.getByRole('combobox', { name: 'Zoek in de graaf' }).fill(data.titles[idx.get(project)!].slice(0, 14));
			await page.getByRole('option').first().click();
			await expect(page.locator('aside.panel ul.nodes a').first()).toBeVisible();
		});
	}

	test('exports PNG and GEXF downloads', async ({ page }) => {
		await openGraph(page);
		const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
		expect(png.suggestedFilename()).toBe('kennisgraaf.png');
		const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
		expect(gexf.suggestedFilename()).toBe('kennisgraaf.gexf');
		const text = readFileSync(await gexf.path(), 'utf8');
		expect(text).toContain('<gexf');
		expect(text.match(/<node /g)?.length).toBe(data.ids.length);
	});

	test('works under a sub-path', async ({ page }) => {
		await page.goto(`${SUBPATH_URL}graaf/`);
		await expect(page.locator('#graaf-canvas')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(page.locator('aside.panel ol a').first()).toHaveAttribute('href', /^\/kennisgraaf\//);
	});
});

/** A shortest path of (up to) 3 steps from `project`, as /verband would link it. */
const path = (() => {
	const start = idx.get(project)!;
	const prev = new Map<number, number>([[start, -1]]);
	let frontier = [start];
	for (let d = 0; d < 3 && frontier.length; d++) {
		const next: number[] = [];
		for (const u of frontier)
			for (const v of [...neighbours[u]].sort((a, b) => a - b))
				if (!prev.has(v)) {
					prev.set(v, u);
					next.push(v);
				}
		if (next.length) frontier = next;
		else break;
	}
	const walk = [Math.min(...frontier)];
	while (prev.get(walk[0])! >= 0) walk.unshift(prev.get(walk[0])!);
	return walk.map((i) => data.ids[i]);
})();

test.describe('/graaf?pad= (a path from /verband)', () => {
	test('lists the path in order, highlights it on the canvas and fits the camera to it', async ({ page }) => {
		expect(path.length).toBeGreaterThanOrEqual(3);
		const errors = collectErrors(page);
		await openGraph(page, `?pad=${path.join(',')}`);
		const panel = page.locator('aside.panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Weg van ${titleOf(path[0])} naar ${titleOf(path.at(-1)!)}`);
		const links = panel.getByRole('list', { name: 'Weg' }).getByRole('link');
		await expect(links).toHaveText(path.map(titleOf));
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(path.map(urlOf));
		await expect(page.locator('#graaf-status')).toContainText(`${path.length - 1} stappen`);

		const stage = page.locator('#graaf-canvas');
		expect(await inkRatio(page, stage)).toBeGreaterThan(0.005);
		for (const id of path) expect(await hook(page, (h, a) => h.onPath(a), id)).toBe(true);
		const stranger = data.ids.find((id) => !path.includes(id))!;
		expect(await hook(page, (h, a) => h.onPath(a), stranger)).toBe(false);
		// Camera fitted to the path: every node of it is inside the canvas.
		const box = (await stage.boundingBox())!;
		for (const id of path)
			await expect
				.poll(async () => {
					const p = await hook(page, (h, a) => h.position(a), id);
					return Boolean(p && p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height);
				})
				.toBe(true);
		expect(errors).toEqual([]);
	});

	test('back/forward restore the path after clearing it', async ({ page }) => {
		await openGraph(page, `?pad=${path.join(',')}`);
		const panel = page.locator('aside.panel');
		const links = panel.getByRole('list', { name: 'Weg' }).getByRole('link');
		await expect(links).toHaveCount(path.length);
		await panel.getByRole('button', { name: 'Wis weg' }).click();
		await expect(page).not.toHaveURL(/pad=/);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Meest verbonden knopen');
		expect(await hook(page, (h, a) => h.onPath(a), path[0])).toBe(false);
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`pad=${path.join(',')}`));
		await expect(links).toHaveText(path.map(titleOf));
		expect(await hook(page, (h, a) => h.onPath(a), path[0])).toBe(true);
	});

	test('an unknown id drops the whole path', async ({ page }) => {
		await openGraph(page, `?pad=${path[0]},bestaat-niet,${path[1]}`);
		await expect(page.locator('aside.panel').getByRole('heading', { level: 2 })).toHaveText('Meest verbonden knopen');
	});
});

test.describe('local graph on node pages', () => {
	test('loads when scrolled into view, draws, and switches depth', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(urlOf(project));
		const section = page.locator('section.local-graph');
		await section.scrollIntoViewIfNeeded();
		const stage = section.locator('.stage');
		await expect(stage).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		expect(await inkRatio(page, stage)).toBeGreaterThan(0.01);
		const count = async () => (await section.locator('.legend .count').allTextContents()).reduce((n, t) => n + Number(t.split(' ').at(-1)), 0);
		const depth1 = await count();
		expect(depth1).toBe(neighbours[idx.get(project)!].size + 1);
		await section.getByRole('radio', { name: 'Ook hun buren' }).check();
		await expect.poll(count).toBeGreaterThan(depth1);
		await expect(section.getByRole('link', { name: 'Bekijk in de graaf' })).toHaveAttribute('href', `/graaf/?knoop=${project}&focus=1`);
		expect(errors).toEqual([]);
	});

	test('loads no graph code before it is needed', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 500 });
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.goto(urlOf(project));
		expect(requested.filter((u) => u.includes('/graaf/data.json'))).toEqual([]);
		// A programmatic click: scrolling to the button would already load the view.
		await page.getByRole('button', { name: 'Toon netwerk' }).evaluate((b: HTMLButtonElement) => b.click());
		await expect(page.locator('section.local-graph .stage')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		expect(requested.filter((u) => u.includes('/graaf/data.json'))).toHaveLength(1);
	});
});

test.describe('accessibility once loaded', () => {
	for (const [name, viewport] of VIEWPORTS) {
		test(`no axe violations on /graaf with a selection and filters (${name})`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await openGraph(page, `?knoop=${project}&verberg=organisatie&sector=po&kleur=cluster`);
			await expect(page.locator('aside.panel h2')).toHaveText(data.titles[idx.get(project)!]);
			expect(await axeViolations(page)).toEqual([]);
		});
		test(`no axe violations on /graaf with a highlighted path (${name})`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await openGraph(page, `?pad=${path.join(',')}`);
			await expect(page.locator('aside.panel').getByRole('list', { name: 'Weg' }).getByRole('link')).toHaveCount(path.length);
			expect(await axeViolations(page)).toEqual([]);
		});
		test(`no axe violations on a node page with its local graph (${name})`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto(urlOf(project));
			await page.locator('section.local-graph').scrollIntoViewIfNeeded();
			await expect(page.locator('section.local-graph .stage')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

function titleOf(id: string) {
	return data.titles[idx.get(id)!];
}

function labelOf(type: string) {
	return registry[type].plural;
}
