/** SvelteKit's analysis and prerender steps in one thread (scripts/kit-thread.js), through Kit's own forked(). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { kitThread } from '../../scripts/kit-thread.js';

const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const fork = pathToFileURL(join(kit, 'src/utils/fork.js')).href;
const dir = mkdtempSync(join(tmpdir(), 'kennisgraaf-kit-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A step module shaped like Kit's analyse.js and prerender.js: `export default forked(import.meta.url, step)`. */
function step(name: string, body: string) {
	const file = join(dir, `${name}.js`);
	writeFileSync(
		file,
		`import { threadId } from 'node:worker_threads';\nimport { forked } from '${fork}';\nexport default forked(import.meta.url, async (payload) => { ${body} });\n`
	);
	return file;
}

describe('one thread for two of SvelteKit’s steps', () => {
	it('Kit’s forked() still says ready, takes its args by module and answers with a result', () => {
		const source = readFileSync(join(kit, 'src/utils/fork.js'), 'utf8');
		expect(source).toMatch(/postMessage\(\{\s*type: 'ready',\s*module\s*\}\)/);
		expect(source).toMatch(/data\?\.type === 'args' && data\.module === module/);
		expect(source).toMatch(/type: 'result',\s*module,\s*payload: await callback\(data\.payload\)/);
		for (const file of ['analyse', 'prerender'])
			expect(readFileSync(join(kit, `src/core/postbuild/${file}.js`), 'utf8')).toContain('export default forked(import.meta.url');
	});

	it('runs both steps in the same thread, the second seeing what the first loaded, also with the workers’ wrapper on', () => {
		const first = step('analyse', 'globalThis.loaded = payload.site; return { thread: threadId };');
		// The second step takes a while, as a prerender does: a thread ended after its first result would not finish it.
		const second = step(
			'prerender',
			'await new Promise((r) => setTimeout(r, 300)); return { thread: threadId, site: globalThis.loaded, map: [...new Map([[1, payload.n]])] };'
		);
		// In a process of its own: the wrapper patches node:worker_threads for the whole process, and
		// kit-workers.test.ts, which may run in the same one, needs it off at its start.
		const script = `
			import { kitThread } from ${JSON.stringify(pathToFileURL(resolve('scripts/kit-thread.js')).href)};
			import { endKitWorkersAfterResult } from ${JSON.stringify(pathToFileURL(resolve('scripts/kit-workers.js')).href)};
			endKitWorkersAfterResult();
			const thread = kitThread(${JSON.stringify([first, second])});
			try {
				const a = await thread.run(${JSON.stringify(first)}, { site: 'geladen' });
				const b = await thread.run(${JSON.stringify(second)}, { n: 2 });
				console.log(JSON.stringify({ a, b }));
			} finally {
				await thread.end();
			}`;
		const file = join(dir, 'both.mjs');
		writeFileSync(file, script);
		const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
		expect(r.status, r.stderr).toBe(0);
		const { a, b } = JSON.parse(r.stdout) as { a: { thread: number }; b: { thread: number; site: string; map: [number, number][] } };
		expect(b.thread).toBe(a.thread);
		expect(b.site).toBe('geladen');
		expect(b.map).toEqual([[1, 2]]);
	});

	it('fails instead of waiting when a step does not say it is ready, or the thread dies', async () => {
		const silent = join(dir, 'silent.js');
		writeFileSync(silent, 'setInterval(() => {}, 1000);\nexport default () => {};\n');
		const stuck = kitThread([silent], 500);
		await expect(stuck.run(silent, {})).rejects.toThrow(/did not start within/);
		await stuck.end();
		const dying = step('dying', 'process.exit(3);');
		const dies = kitThread([dying]);
		await expect(dies.run(dying, {})).rejects.toThrow(/ended \(code 3\)/);
	});
});
