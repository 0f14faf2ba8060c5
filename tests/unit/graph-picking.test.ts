import { describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import { createNodePicker, withoutPicking } from '../../src/lib/components/graph/picking.ts';

/** A stand-in for sigma: framed coordinates 0–1 map to a 1000 × 1000 viewport, sizes are pixels. */
function fakeSigma(nodes: { key: string; x: number; y: number; size: number; hidden?: boolean }[]) {
	const data = new Map(nodes.map((n) => [n.key, n]));
	return {
		getGraph: () => ({ nodes: () => nodes.map((n) => n.key) }),
		getNodeDisplayData: (key: string) => data.get(key),
		viewportToFramedGraph: (p: { x: number; y: number }) => ({ x: p.x / 1000, y: p.y / 1000 }),
		framedGraphToViewport: (p: { x: number; y: number }) => ({ x: p.x * 1000, y: p.y * 1000 }),
		scaleSize: (size: number) => size
	} as unknown as Sigma;
}

describe('CPU node picking', () => {
	const nodes = [
		{ key: 'a', x: 0.1, y: 0.1, size: 5 },
		{ key: 'b', x: 0.5, y: 0.5, size: 40 },
		// Drawn after b, overlapping it: on top.
		{ key: 'c', x: 0.52, y: 0.5, size: 5 },
		{ key: 'hidden', x: 0.9, y: 0.9, size: 10, hidden: true }
	];
	const picker = createNodePicker(fakeSigma(nodes));

	it('finds the node whose disc holds the point, also a large disc reaching into other grid cells', () => {
		expect(picker.pick({ x: 100, y: 102 })).toBe('a');
		expect(picker.pick({ x: 470, y: 500 })).toBe('b');
		expect(picker.pick({ x: 500, y: 535 })).toBe('b');
	});

	it('prefers the disc drawn last, as sigma’s GPU picking does', () => {
		expect(picker.pick({ x: 520, y: 500 })).toBe('c');
	});

	it('finds nothing on empty canvas or on a hidden node', () => {
		expect(picker.pick({ x: 300, y: 800 })).toBeNull();
		expect(picker.pick({ x: 108, y: 100 })).toBeNull();
		expect(picker.pick({ x: 900, y: 900 })).toBeNull();
	});
});

describe('withoutPicking', () => {
	it('constructs the program with no picking framebuffer', () => {
		class Program {
			args: unknown[];
			constructor(...args: unknown[]) {
				this.args = args;
			}
		}
		const gl = {};
		const renderer = {};
		const made = new (withoutPicking(Program))(gl, { framebuffer: true }, renderer) as Program;
		expect(made.args).toEqual([gl, null, renderer]);
		expect(withoutPicking(Program)).toBe(withoutPicking(Program));
	});
});
