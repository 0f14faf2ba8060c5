/**
 * A build loads the content once: the Vite plugin validates it and writes this snapshot,
 * and the route analysis and prerender processes read it instead of parsing 10,000 files again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { kitOutDir } from '../config.ts';
import type { LoadResult } from './index.ts';

interface Snapshot {
	root: string;
	base: string;
	result: Pick<LoadResult, 'nodes' | 'relations'>;
}

export const SNAPSHOT_ENV = 'KENNISGRAAF_SNAPSHOT';

export const snapshotPath = () => resolve(join(kitOutDir(), 'kennisgraaf', 'content.json'));

export function writeSnapshot(path: string, snapshot: Snapshot) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify(snapshot));
}

/** The snapshot written by this build for this content root and base path, if any. */
export function readSnapshot(root: string, base: string): Snapshot['result'] | undefined {
	const path = process.env[SNAPSHOT_ENV];
	if (!path || !existsSync(path)) return undefined;
	const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
	return snapshot.root === root && snapshot.base === base ? snapshot.result : undefined;
}
