/** The parts of a second build's adapter (scripts/static-adapter.js) that a whole build cannot show one by one. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneUnder, withDataVersion } from '../../scripts/static-adapter.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: string[], emptyDirs: string[] = []) {
	const root = mkdtempSync(join(tmpdir(), 'kennisgraaf-prune-'));
	dirs.push(root);
	for (const file of files) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), file);
	}
	for (const dir of emptyDirs) mkdirSync(join(root, dir), { recursive: true });
	return root;
}

/** Every file and folder below `root`, relative, folders ending in a slash. */
const listing = (root: string, rel = ''): string[] =>
	readdirSync(join(root, rel), { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? [`${rel}${d.name}/`, ...listing(root, `${rel}${d.name}/`)] : [`${rel}${d.name}`]
	);

describe('pruneUnder', () => {
	it('keeps the wanted files, removes the others and every folder they leave empty, and never the root', () => {
		const root = site(
			['index.html', 'stale.csv', 'project/a/index.html', 'project/a/__data.json', 'project/gone/index.html', 'project/gone/sub/x.json', 'feed/gone.xml'],
			['empty/deeper']
		);
		const keep = new Set(['index.html', 'project/a/index.html', 'project/a/__data.json']);
		let visited = 0;
		expect(
			pruneUnder(
				root,
				(rel) => keep.has(rel),
				() => visited++
			)
		).toBe(false);
		expect(listing(root).sort()).toEqual(['index.html', 'project/', 'project/a/', 'project/a/__data.json', 'project/a/index.html']);
		// One call per folder, the root included: root, project, a, gone, sub, feed, empty, deeper.
		expect(visited).toBe(8);
	});

	it('empties the root but leaves it in place when nothing is wanted', () => {
		const root = site(['a/b.html', 'c.txt']);
		pruneUnder(
			root,
			() => false,
			() => {}
		);
		expect(existsSync(root)).toBe(true);
		expect(readdirSync(root)).toEqual([]);
	});
});

describe('withDataVersion', () => {
	it('puts the version in the data version tag alone, and refuses a page without one', () => {
		const page = '<head><meta name="kennisgraaf-data" content="0123456789ab" /><meta name="x" content="0123456789ab" /></head>';
		expect(withDataVersion(page, 'fedcba987654')).toBe(page.replace('0123456789ab', 'fedcba987654'));
		expect(withDataVersion('<head><meta name="kennisgraaf-data" content="%kennisgraaf.data%"></head>', 'fedcba987654')).toContain('content="fedcba987654"');
		expect(withDataVersion('<head></head>', 'fedcba987654')).toBeUndefined();
	});
});
