/**
 * The content check of a build without bundling runs from a file esbuild made (scripts/check-bundle.js): it must
 * report what the checker reports, as the full build does, and be made once per code version.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/server/load/errors.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { contentDir, validFiles } from './helpers.ts';
import { errorFixtures } from './hostile-fixtures.ts';

const cacheDir = `node_modules/.cache/kennisgraaf-check-test-${process.pid}`;
const kit = mkdtempSync(join(tmpdir(), 'kennisgraaf-check-kit-'));
afterAll(() => [cacheDir, kit].forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The check as scripts/build.js runs it, outside vitest's markers (which turn the check off). */
function check(root: string) {
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
	const r = spawnSync(process.execPath, ['--input-type=module', '-e', "await (await import('./scripts/check-bundle.js')).checkContent()"], {
		env: {
			...env,
			KENNISGRAAF_CONTENT: root,
			KIT_OUT_DIR: kit,
			KENNISGRAAF_CHECK_CACHE_DIR: cacheDir,
			KENNISGRAAF_CONTENT_CACHE: '0',
			KENNISGRAAF_PROGRESS: '0'
		},
		encoding: 'utf8',
		timeout: 120_000
	});
	return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the content check without bundling', () => {
	it('lists every error the checker finds, in Dutch, and exits 1 without a stack trace', () => {
		const fixtures = errorFixtures().slice(0, 12);
		const root = contentDir({ ...validFiles(), ...Object.fromEntries(fixtures.map((f) => [f.file, f.text])) });
		const expected = loadContent(root).errors;
		expect(expected.length).toBeGreaterThanOrEqual(fixtures.length);
		const { code, output } = check(root);
		expect(code, output.slice(0, 2000)).toBe(1);
		for (const e of expected) expect(output).toContain(formatError(e).split('\n')[0]);
		expect(output).toContain(`${expected.length} fouten in de inhoud`);
		expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
	}, 180_000);

	it('passes valid content, and makes its file once per code version', () => {
		const root = contentDir(validFiles());
		expect(check(root).code).toBe(0);
		const files = readdirSync(cacheDir);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^[0-9a-f]{12}\.mjs$/);
		const made = statSync(join(cacheDir, files[0])).mtimeMs;
		expect(check(root).code).toBe(0);
		expect(statSync(join(cacheDir, files[0])).mtimeMs).toBe(made);
	}, 180_000);
});
