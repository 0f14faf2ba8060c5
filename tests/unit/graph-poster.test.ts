/** The build-time poster of /graaf's first view (server/emit/graph-poster.ts). */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../src/lib/components/graph/format';
import { OVERVIEW_NODES, POINT_NODES } from '../../src/lib/components/graph/overview';
import { graphPoster } from '../../src/lib/server/emit/graph-poster';
import { typeNames } from '../../src/lib/registry/registry';

/** A graph of `projects` projects around a few themes and lectoraten, on a wide layout (x in 0..200, y in 0..100). */
function graph(projects: number): GraphData {
	const type: number[] = [];
	const x: number[] = [];
	const y: number[] = [];
	const add = (t: (typeof typeNames)[number], px: number, py: number) => {
		type.push(typeNames.indexOf(t));
		x.push(px);
		y.push(py);
		return type.length - 1;
	};
	const thema = add('thema', 0, 100);
	const lectoraat = add('lectoraat', 200, 0);
	const edges = [thema, lectoraat, 0];
	for (let k = 0; k < projects; k++) edges.push(add('project', 20 + (k % 160), 10 + ((k * 7) % 80)), k % 2 ? thema : lectoraat, 0);
	const ids = type.map((_, i) => `n${i}`);
	return { types: [...typeNames], ids, titles: ids, type, x, y, size: type.map(() => 5), edges } as unknown as GraphData;
}

const discs = (svg: string, colour?: string) =>
	[...svg.matchAll(/<path stroke="([^"]+)" class="w\d+" d="([^"]*)"/g)]
		.filter((m) => !colour || m[1] === colour)
		.reduce((n, m) => n + m[2].split('h0').length - 1, 0);
const edgeCount = (svg: string) => (svg.match(/<path class="e" d="([^"]*)"/)?.[1].match(/L/g) ?? []).length;

describe('graph poster', () => {
	it('frames the layout’s extent in a viewBox of its aspect, y pointing up as in sigma', () => {
		const svg = graphPoster(graph(20));
		expect(svg).toMatch(/viewBox="0 0 4000 2000"/);
		// The thema (x 0, y 100: top left) and the lectoraat (x 200, y 0: bottom right).
		expect(svg).toContain('M0 0h0');
		expect(svg).toContain('M4000 2000h0');
		expect(svg).toMatch(/<svg x="4%" y="3%" width="92%" height="94%"/);
	});

	it('below the overview’s size, draws every node and every edge', () => {
		const data = graph(20);
		const svg = graphPoster(data);
		// A thema has a ring mark (two discs), a lectoraat a centre (two), a project one disc.
		expect(discs(svg)).toBeGreaterThanOrEqual(data.ids.length);
		expect(edgeCount(svg)).toBe(data.edges.length / 3);
	});

	it('from the overview’s size, leaves out the bulk type and its edges, as sigma’s staged first frame does', () => {
		const data = graph(OVERVIEW_NODES);
		const svg = graphPoster(data);
		expect(discs(svg)).toBeLessThanOrEqual(6);
		expect(edgeCount(svg)).toBe(1);
		// The frame is still every node's extent.
		expect(svg).toMatch(/viewBox="0 0 4000 2000"/);
	});

	it('labels the themes, escaped, and no other type', () => {
		const data = graph(20);
		data.titles = data.ids.map((id, i) => (i === 0 ? 'Kansen & <gelijkheid>' : `Titel ${id}`));
		const svg = graphPoster(data);
		const texts = [...svg.matchAll(/<text class="(\w+)[^>]*>([^<]*)<\/text>/g)].map((m) => `${m[1]}: ${m[2]}`);
		// Once for phones, once for wider screens (a media query in the SVG shows one).
		expect(texts).toEqual(['narrow: Kansen &amp; &lt;gelijkheid&gt;', 'wide: Kansen &amp; &lt;gelijkheid&gt;']);
	});

	it('leaves out a large graph’s edges (sigma draws them as faint hairlines)', () => {
		const svg = graphPoster(graph(POINT_NODES + 10));
		expect(edgeCount(svg)).toBe(0);
		expect(discs(svg)).toBeGreaterThan(0);
	});
});
