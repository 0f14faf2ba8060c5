/**
 * Browser figures for /graaf in headless Chromium (WebGL on SwiftShader, page compositing in software: scripts/chromium.js),
 * against a served build.
 *
 * First frame: navigation start (performance.timeOrigin) → the 'kg:first-frame' mark, which the
 * explorer sets two animation frames after sigma's first, synchronous draw of all nodes and
 * edges (so that draw has been presented). Cold HTTP cache: a new browser context per run.
 *
 * Longest task: the longest main-thread task (Long Tasks API) from navigation to the first
 * frame; the page cannot respond to input during it. Tasks under 50 ms are not reported by
 * the API, so 0 means "none of 50 ms or more".
 *
 * Overview: navigation start → the first view on screen, the build-time poster of the graph
 * (/graaf/overview.svg), by its Element Timing entry (renderTime: painted and presented). It
 * shows what sigma's first frame shows, in the same place, without labels and before the graph
 * can be hovered or clicked; sigma's first frame replaces it. longestBeforeOverviewMs is the
 * longest task before it. Builds without the poster report NaN.
 *
 * Complete: a staged start (renderer.ts) draws the structure first and hands sigma the bulk type
 * after the first frame. completeMs is navigation start → the 'kg:complete' mark (sigma's graph
 * holds every node; the first frame where the start is not staged), longestAfterMs the longest
 * task from the first frame to then. Hover and steps are measured after it.
 *
 * Hover: a synthetic mousemove on sigma's mouse layer at a node's position → the highlight
 * (node + neighbours, rest dimmed) drawn and presented. Reported as
 *   hoverSyncMs  event → sigma's repaint done (synchronous JavaScript and WebGL calls),
 *   hoverMs      event → the second animation frame after it, by which the highlighted frame
 *                has been presented (an upper bound: includes up to one idle frame interval).
 *
 * Steps: a filter (hide a type and show it again), a time-slider step and a lens change, each
 * applied as the filter sheet applies it → the second animation frame after it.
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunch } from '../scripts/chromium.js';

export interface GraphFigures extends Record<string, number> {
	overviewMs: number;
	overviewMinMs: number;
	overviewMaxMs: number;
	longestBeforeOverviewMs: number;
	firstFrameMs: number;
	firstFrameMinMs: number;
	firstFrameMaxMs: number;
	dataFetchedMs: number;
	longestTaskMs: number;
	completeMs: number;
	longestAfterMs: number;
	hoverMs: number;
	hoverP95Ms: number;
	hoverMaxMs: number;
	hoverSyncMs: number;
	hoverSamples: number;
	filterMs: number;
	sliderMs: number;
	lensMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];

async function firstFrame(page: Page, url: string) {
	await page.goto(url);
	await page.waitForFunction(() => performance.getEntriesByName('kg:first-frame').length > 0, null, { timeout: 120_000, polling: 50 });
	const drawn = await page.evaluate(async () => {
		await new Promise<void>((r) => {
			const wait = () => ((window as unknown as { __kennisgraafGraph?: unknown }).__kennisgraafGraph ? r() : setTimeout(wait, 20));
			wait();
		});
		type Hook = { complete?(): Promise<number>; model: { data: { ids: string[] } } };
		const hook = (window as unknown as { __kennisgraafGraph: Hook }).__kennisgraafGraph;
		// Builds from before the staged start have no complete(): their first frame holds every node.
		const order = hook.complete ? await hook.complete() : hook.model.data.ids.length;
		// Long-task entries arrive after their task has ended.
		await new Promise((r) => setTimeout(r, 300));
		return { order, nodes: hook.model.data.ids.length };
	});
	if (drawn.order !== drawn.nodes) throw new Error(`sigma draws ${drawn.order} of ${drawn.nodes} nodes`);
	return page.evaluate(() => {
		const firstFrame = performance.getEntriesByName('kg:first-frame')[0].startTime;
		// Without a staged start the first frame holds every node.
		const complete = performance.getEntriesByName('kg:complete')[0]?.startTime ?? firstFrame;
		const tasks = (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks;
		const longest = (keep: (t: PerformanceEntry) => boolean) => Math.max(0, ...tasks.filter(keep).map((t) => t.duration));
		type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number; loadTime: number };
		const poster = ((window as unknown as { __elements: ElementTiming[] }).__elements ?? []).find((e) => e.identifier === 'graaf-overzicht');
		const overview = poster ? poster.renderTime || poster.loadTime : NaN;
		return {
			firstFrame,
			overview,
			longestBeforeOverview: poster ? longest((t) => t.startTime < overview) : NaN,
			complete,
			longestAfter: longest((t) => t.startTime + t.duration > firstFrame && t.startTime <= complete),
			longestTask: longest((t) => t.startTime < firstFrame),
			dataFetched:
				(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => r.name.includes('/graaf/data.json'))?.responseEnd ?? NaN
		};
	});
}

/** Measures hover latency on `count` nodes: the best connected and a spread of others. */
async function hoverLatencies(page: Page, count: number) {
	return page.evaluate(async (count) => {
		type Hook = { model: { data: { ids: string[]; degree: number[] } }; position(id: string): { x: number; y: number } | null };
		const hook = (window as unknown as { __kennisgraafGraph: Hook }).__kennisgraafGraph;
		const stage = document.querySelector<HTMLElement>('#graaf-canvas')!;
		const box = stage.getBoundingClientRect();
		const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
		const move = (x: number, y: number) => {
			const target = document.elementFromPoint(x, y)!;
			target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }));
		};
		const { ids, degree } = hook.model.data;
		const order = ids.map((_, i) => i).sort((a, b) => degree[b] - degree[a]);
		const step = Math.max(1, Math.floor(order.length / count));
		const picks = [...order.slice(0, count / 2), ...order.filter((_, k) => k % step === 0).slice(0, count / 2)];
		const out: { sync: number; presented: number; hovered: string }[] = [];
		for (const i of picks) {
			const p = hook.position(ids[i]);
			if (!p || p.x < 5 || p.y < 5 || p.x > box.width - 5 || p.y > box.height - 5) continue;
			// Start from an empty spot, with nothing hovered.
			move(box.left + 2, box.top + 2);
			await frame();
			await frame();
			if (stage.dataset.hovered) continue;
			const t0 = performance.now();
			move(box.left + p.x, box.top + p.y);
			const t1 = performance.now();
			const hovered = stage.dataset.hovered ?? '';
			await frame();
			await frame();
			const t2 = performance.now();
			if (hovered) out.push({ sync: t1 - t0, presented: t2 - t0, hovered });
		}
		move(box.left + 2, box.top + 2);
		return out;
	}, count);
}

/** Median time from a change (as the filter sheet makes it) to the second animation frame after it. */
async function stepLatencies(page: Page) {
	return page.evaluate(async () => {
		type Hook = { model: { data: { types: string[]; years: number[] } }; apply(patch: Record<string, unknown>): unknown };
		const hook = (window as unknown as { __kennisgraafGraph: Hook }).__kennisgraafGraph;
		const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
		const time = async (patch: Record<string, unknown>) => {
			await frame();
			const t0 = performance.now();
			await hook.apply(patch);
			await frame();
			await frame();
			return performance.now() - t0;
		};
		const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
		const { types, years } = hook.model.data;
		const bulk = types[types.length - 1];
		let max = 0;
		for (let k = 0; k < years.length; k += 3) max = Math.max(max, years[k + 2] || years[k + 1]);
		const filter: number[] = [];
		const slider: number[] = [];
		const lens: number[] = [];
		for (let r = 0; r < 3; r++) {
			filter.push(await time({ hidden: [bulk] }), await time({ hidden: [] }));
			lens.push(await time({ colour: 'dekking' }), await time({ colour: 'type' }));
		}
		for (let y = max - 1; y > max - 7; y--) slider.push(await time({ from: null, to: y }));
		await time({ from: null, to: null });
		return { filterMs: median(filter), sliderMs: median(slider), lensMs: median(lens) };
	});
}

export async function measureGraph(origin: string, opts: { runs?: number; hoverNodes?: number; gpuCompositing?: boolean } = {}): Promise<GraphFigures> {
	const runs = opts.runs ?? 5;
	const browser = await chromium.launch(chromiumLaunch({ gpuCompositing: opts.gpuCompositing }));
	try {
		const frames: number[] = [];
		const overviews: number[] = [];
		const beforeOverview: number[] = [];
		const fetched: number[] = [];
		const longest: number[] = [];
		const completes: number[] = [];
		const after: number[] = [];
		let page: Page | undefined;
		for (let r = 0; r < runs; r++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			// tsx keeps function names with an __name helper, which the page does not have.
			await context.addInitScript('globalThis.__name = (f) => f;');
			await context.addInitScript(() => {
				const tasks: PerformanceEntry[] = ((window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks = []);
				new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
				// Element Timing entries are only observed, never in the performance timeline.
				const painted: PerformanceEntry[] = ((window as unknown as { __elements: PerformanceEntry[] }).__elements = []);
				new PerformanceObserver((list) => painted.push(...list.getEntries())).observe({ type: 'element', buffered: true });
			});
			page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			const { firstFrame: ms, overview, longestBeforeOverview, dataFetched, longestTask, complete, longestAfter } = await firstFrame(page, `${origin}/graaf/`);
			if (errors.length) throw new Error(`errors on /graaf/: ${errors.join('; ')}`);
			frames.push(ms);
			overviews.push(overview);
			beforeOverview.push(longestBeforeOverview);
			fetched.push(dataFetched);
			longest.push(longestTask);
			completes.push(complete);
			after.push(longestAfter);
			if (r < runs - 1) await context.close();
		}
		// Hover on the last page, once it has settled.
		await page!.waitForTimeout(1000);
		const hovers = await hoverLatencies(page!, opts.hoverNodes ?? 40);
		if (hovers.length < 5) throw new Error(`only ${hovers.length} hover samples: is the graph drawn?`);
		const steps = await stepLatencies(page!);
		const presented = hovers.map((h) => h.presented);
		return {
			overviewMs: median(overviews),
			overviewMinMs: Math.min(...overviews),
			overviewMaxMs: Math.max(...overviews),
			longestBeforeOverviewMs: median(beforeOverview),
			firstFrameMs: median(frames),
			firstFrameMinMs: Math.min(...frames),
			firstFrameMaxMs: Math.max(...frames),
			dataFetchedMs: median(fetched),
			longestTaskMs: median(longest),
			completeMs: median(completes),
			longestAfterMs: median(after),
			hoverMs: median(presented),
			hoverP95Ms: quantile(presented, 0.95),
			hoverMaxMs: Math.max(...presented),
			hoverSyncMs: median(hovers.map((h) => h.sync)),
			hoverSamples: hovers.length,
			...steps
		};
	} finally {
		await browser.close();
	}
}
