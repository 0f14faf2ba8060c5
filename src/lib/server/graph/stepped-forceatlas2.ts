/**
 * ForceAtlas2 exactly as graphology-layout-forceatlas2's synchronous assign() runs it, with a call after every
 * iteration, so a long layout (26 s at 50,000 nodes) can show how far it got. The library's public API runs all
 * iterations in one call; this loop is made of the modules that call is made of (iterate.js, helpers.js and
 * defaults.js, package version 0.10), which are not its public API. When they are missing or not what they were,
 * the layout runs through assign() instead, without the progress. tests/unit/graph-layout.test.ts checks that both
 * ways give the same positions, to the bit.
 */
import { createRequire } from 'node:module';
import type Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { createEdgeWeightGetter } from 'graphology-utils/getters';

type Matrix = Float32Array;

export interface ForceAtlas2Internals {
	iterate(settings: ForceAtlas2Settings, nodes: Matrix, edges: Matrix): void;
	assign(target: object, ...sources: object[]): ForceAtlas2Settings;
	validateSettings(settings: ForceAtlas2Settings): { message: string } | null;
	graphToByteArrays(graph: Graph, getEdgeWeight: unknown): { nodes: Matrix; edges: Matrix };
	assignLayoutChanges(graph: Graph, nodes: Matrix, outputReducer: null): void;
	defaults: ForceAtlas2Settings;
}

/** The library's own modules, when they are there and have the shape this loop needs; undefined otherwise. */
export function forceAtlas2Internals(): ForceAtlas2Internals | undefined {
	try {
		const require = createRequire(import.meta.url);
		const iterate = require('graphology-layout-forceatlas2/iterate.js');
		const helpers = require('graphology-layout-forceatlas2/helpers.js');
		const defaults = require('graphology-layout-forceatlas2/defaults.js');
		const functions = [iterate, helpers?.assign, helpers?.validateSettings, helpers?.graphToByteArrays, helpers?.assignLayoutChanges];
		if (functions.some((f) => typeof f !== 'function') || typeof defaults !== 'object' || defaults === null) return undefined;
		return { iterate, ...helpers, defaults };
	} catch {
		return undefined;
	}
}

export interface SteppedParams {
	iterations: number;
	getEdgeWeight: string;
	settings: ForceAtlas2Settings;
}

/**
 * forceAtlas2.assign(graph, params), calling `step(done)` after each iteration when the library's modules allow it
 * (`use`: forceAtlas2Internals(), or null for assign() itself). Returns whether the steps were reported.
 */
export function steppedForceAtlas2(
	graph: Graph,
	params: SteppedParams,
	step: (done: number) => void,
	use: ForceAtlas2Internals | null | undefined = forceAtlas2Internals()
): boolean {
	if (!use) {
		forceAtlas2.assign(graph, params);
		return false;
	}
	// What abstractSynchronousLayout (the library's index.js) does, in the same order.
	const settings = use.assign({}, use.defaults, params.settings);
	const invalid = use.validateSettings(settings);
	if (invalid) throw new Error(`graphology-layout-forceatlas2: ${invalid.message}`);
	const matrices = use.graphToByteArrays(graph, createEdgeWeightGetter(params.getEdgeWeight).fromEntry);
	for (let i = 0; i < params.iterations; i++) {
		use.iterate(settings, matrices.nodes, matrices.edges);
		step(i + 1);
	}
	use.assignLayoutChanges(graph, matrices.nodes, null);
	return true;
}
