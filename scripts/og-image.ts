/**
 * Draws the site's link-preview image (static/og-image.png, 1200 × 630, the Open Graph size)
 * from a build's /graaf/data.json: the whole graph at its build-time layout, coloured by type,
 * beside the site's name. Run it after changing the content a lot, and commit the PNG:
 *   npm run build && npm run og-image [-- build-dir]
 * It uses Chromium (scripts/ensure-chromium.sh) to turn the drawing into a PNG.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from './chromium.js';
import type { GraphData } from '../src/lib/components/graph/format.ts';
import { registry } from '../src/lib/registry/registry.ts';

const WIDTH = 1200;
const HEIGHT = 630;
const buildDir = process.argv[2] ?? 'build';
const data = JSON.parse(readFileSync(`${buildDir}/graaf/data.json`, 'utf8')) as GraphData;

/** The graph as SVG in a box of w × h, keeping its aspect ratio. */
function graphSvg(w: number, h: number, pad: number) {
	const xs = data.x;
	const ys = data.y;
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const scale = Math.min((w - 2 * pad) / (maxX - minX || 1), (h - 2 * pad) / (maxY - minY || 1));
	const ox = (w - (maxX - minX) * scale) / 2;
	const oy = (h - (maxY - minY) * scale) / 2;
	// Sigma's y axis points up; SVG's points down.
	const at = (i: number) => [ox + (xs[i] - minX) * scale, h - (oy + (ys[i] - minY) * scale)];
	const edges: string[] = [];
	for (let e = 0; e < data.edges.length; e += 3) {
		const [x1, y1] = at(data.edges[e]);
		const [x2, y2] = at(data.edges[e + 1]);
		edges.push(`M${x1.toFixed(1)} ${y1.toFixed(1)}L${x2.toFixed(1)} ${y2.toFixed(1)}`);
	}
	const maxSize = Math.max(...data.size);
	const nodes = data.ids
		.map((_, i) => i)
		.sort((a, b) => data.size[a] - data.size[b])
		.map((i) => {
			const [x, y] = at(i);
			const r = 2.5 + 9 * (data.size[i] / maxSize);
			return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${registry[data.types[data.type[i]]]?.color ?? '#555'}"/>`;
		});
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
		<path d="${edges.join('')}" stroke="#c3c9d2" stroke-width="0.8" fill="none"/>${nodes.join('')}</svg>`;
}

const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
	body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; display: flex; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; background: #fff; }
	.text { width: 520px; padding: 70px 0 70px 70px; box-sizing: border-box; display: flex; flex-direction: column; justify-content: center; background: #1d3557; color: #fff; }
	h1 { font-size: 64px; margin: 0 0 28px; letter-spacing: -1px; }
	p { font-size: 28px; line-height: 1.35; margin: 0; color: #e3e9f2; padding-right: 40px; }
	.graph { flex: 1; display: flex; }
</style></head><body>
	<div class="text"><h1>Kennisgraaf</h1><p>Onderzoek in het onderwijs verbonden: kennisvragen, lectoraten, projecten en partnerschappen.</p></div>
	<div class="graph">${graphSvg(WIDTH - 520, HEIGHT, 30)}</div>
</body></html>`;

const browser = await chromium.launch(chromiumLaunch());
try {
	const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
	await page.setContent(html);
	await page.screenshot({ path: 'static/og-image.png' });
	console.log(`static/og-image.png (${WIDTH} × ${HEIGHT}, ${data.ids.length} knopen)`);
} finally {
	await browser.close();
}
