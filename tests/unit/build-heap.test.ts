/** The build's heap limit (scripts/build-heap.js). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapFlag, heapFlagsOf, heapFor } from '../../scripts/build-heap.js';

describe('build heap limit', () => {
	it('is V8’s default for a smaller site, and grows with a large one', () => {
		expect(heapFor(173)).toBeNull();
		expect(heapFor(10_000)).toBeNull();
		expect(heapFor(50_000)).toBeGreaterThanOrEqual(1100);
		expect(heapFor(100_000)!).toBeGreaterThan(heapFor(50_000)!);
	});

	it('a small or unreadable content folder gets no limit', () => {
		const root = mkdtempSync(join(tmpdir(), 'kennisgraaf-heap-'));
		try {
			mkdirSync(join(root, 'project'));
			for (let k = 0; k < 40; k++) writeFileSync(join(root, 'project', `p${k}.md`), '');
			writeFileSync(join(root, 'README.txt'), '');
			// 40 files: no limit; the count is what heapFor gets (checked through the override's absence).
			expect(heapFlag({ KENNISGRAAF_CONTENT: root }, [])).toEqual([]);
			expect(heapFlag({ KENNISGRAAF_CONTENT: join(root, 'missing') }, [])).toEqual([]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('counts the Markdown files of a large content folder', () => {
		const root = mkdtempSync(join(tmpdir(), 'kennisgraaf-heap-'));
		try {
			for (const type of ['project', 'organisatie']) {
				mkdirSync(join(root, type));
				for (let k = 0; k < 10_000; k++) writeFileSync(join(root, type, `${k}.md`), '');
			}
			expect(heapFlag({ KENNISGRAAF_CONTENT: root }, [])).toEqual([`--max-old-space-size=${heapFor(20_000)}`, '--max-semi-space-size=32', '--expose-gc']);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('keeps a limit already given, and takes KENNISGRAAF_BUILD_HEAP_MB', () => {
		expect(heapFlag({ NODE_OPTIONS: '--max-old-space-size=900' }, [])).toEqual([]);
		expect(heapFlag({}, ['--max-old-space-size=900'])).toEqual([]);
		expect(heapFlag({ KENNISGRAAF_BUILD_HEAP_MB: '3000' }, [])).toEqual(['--max-old-space-size=3000', '--max-semi-space-size=32', '--expose-gc']);
	});

	it('Vite’s process gets the heap limit and the collection it comes with, and no other flag', () => {
		const flags = heapFlag({ KENNISGRAAF_BUILD_HEAP_MB: '3000' }, []);
		expect(heapFlagsOf(['--inspect', ...flags, '--enable-source-maps'])).toEqual(flags);
		expect(heapFlagsOf(['--enable-source-maps'])).toEqual([]);
	});
});
