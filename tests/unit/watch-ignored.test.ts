import { describe, expect, it } from 'vitest';
import { watchIgnored } from '../../src/lib/server/watch-ignored.ts';

describe('what npm run dev watches', () => {
	it('watches a content folder inside bench/ and the folders on its way, not the other corpora or outputs', () => {
		const ignored = watchIgnored('/w/bench/corpus/10000');
		expect(ignored('/w/bench/corpus/10000/project/a.md')).toBe(false);
		expect(ignored('/w/bench/corpus/10000')).toBe(false);
		expect(ignored('/w/bench/corpus')).toBe(false);
		expect(ignored('/w/bench')).toBe(false);
		expect(ignored('/w/bench/corpus/2000/project/a.md')).toBe(true);
		expect(ignored('/w/bench/corpus/100000/project/a.md')).toBe(true);
		expect(ignored('/w/bench/out/run.json')).toBe(true);
	});

	it('ignores build output and test results, and watches the sources and the default content', () => {
		const ignored = watchIgnored('/w/content');
		for (const path of ['/w/build/index.html', '/w/build-subpath/x', '/w/.svelte-kit-repro/a', '/w/test-results/x', '/w/bench/corpus/2000/a.md'])
			expect(ignored(path), path).toBe(true);
		for (const path of ['/w/src/lib/a.ts', '/w/content/project/a.md', '/w/buildings/a.md']) expect(ignored(path), path).toBe(false);
	});
});
