/**
 * `npm run dev` reloads after an edit by reading only the files the watcher reported (loadContent's `changed`); the
 * result must be what reading the whole folder gives, for an edit, a new file and a deleted one.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { contentDir, validFiles } from './helpers.ts';

describe('dev reload of the changed files only', () => {
	const root = contentDir(validFiles());
	const reload = (...changed: string[]) => loadContent(root, { cache: 'memory', changed: new Set(changed) });
	const full = () => loadContent(root);
	const titles = (r: ReturnType<typeof full>) => r.nodes.map((n) => `${n.id}: ${n.title}`).sort();

	it('reads an edited file again and gives what a full read gives', () => {
		loadContent(root, { cache: 'memory' });
		writeFileSync(join(root, 'project/p1.md'), validFiles()['project/p1.md'].replace('Feedback in de klas', 'Feedback in de les'));
		const after = reload('project/p1.md');
		expect(titles(after)).toContain('p1: Feedback in de les');
		expect(after).toEqual(full());
	});

	it('takes the others as they were read last time: only a reported file is read again', () => {
		writeFileSync(join(root, 'thema/t1.md'), validFiles()['thema/t1.md'].replace('Thema een', 'Thema twee'));
		expect(titles(reload('project/p1.md'))).toContain('t1: Thema een');
		expect(titles(reload('thema/t1.md'))).toContain('t1: Thema twee');
	});

	it('finds a new file and drops a deleted one, also when the watcher reported neither', () => {
		writeFileSync(join(root, 'organisatie/hs2.md'), '---\nnaam: Hogeschool Elders\nsoort: hogeschool\nvoorbeeld: true\n---\n');
		expect(titles(reload())).toContain('hs2: Hogeschool Elders');
		rmSync(join(root, 'organisatie/hs2.md'));
		const after = reload();
		expect(titles(after).some((t) => t.startsWith('hs2:'))).toBe(false);
		expect(after).toEqual(full());
	});
});
