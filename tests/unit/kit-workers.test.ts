import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endKitWorkersAfterResult } from '../../scripts/kit-workers.js';

// A thread that posts a result and would then stay alive, as SvelteKit's forked() worker does.
const CHILD = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ type: 'result', payload: 1 });
setInterval(() => {}, 1000);
`;

/** Whether the thread ends by itself within `ms`; it is terminated either way. */
async function endsWithin(env: Record<string, string>, ms: number): Promise<boolean> {
	const { Worker } = await import('node:worker_threads');
	const worker = new Worker(CHILD, { eval: true, env: { ...env } });
	let result: unknown;
	worker.on('message', (m) => (result = m));
	const ended = await new Promise<boolean>((resolve) => {
		worker.once('exit', () => resolve(true));
		setTimeout(() => resolve(false), ms);
	});
	if (!ended) await worker.terminate();
	expect(result).toEqual({ type: 'result', payload: 1 });
	return ended;
}

describe('SvelteKit build workers end after their result', () => {
	it('SvelteKit still forks as the wrapper expects: a marked thread, a result message, then only unref', () => {
		const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
		const fork = readFileSync(join(kit, 'src/utils/fork.js'), 'utf8');
		expect(fork).toContain("SVELTEKIT_FORK: 'true'");
		expect(fork).toMatch(/type === 'result'[\s\S]*worker\.unref\(\)/);
		expect(fork).toContain("from 'node:worker_threads'");
	});

	it('ends a marked thread after its result, through the named import SvelteKit uses, and leaves others alone', async () => {
		expect(await endsWithin({ SVELTEKIT_FORK: 'true' }, 1500)).toBe(false);
		endKitWorkersAfterResult();
		endKitWorkersAfterResult();
		expect(await endsWithin({ SVELTEKIT_FORK: 'true' }, 5000)).toBe(true);
		expect(await endsWithin({}, 1500)).toBe(false);
	});

	it('collects the main thread’s garbage when a marked thread starts, where gc is exposed', async () => {
		endKitWorkersAfterResult();
		const g = globalThis as { gc?: () => void };
		const before = g.gc;
		let collected = 0;
		g.gc = () => void collected++;
		try {
			await endsWithin({ SVELTEKIT_FORK: 'true' }, 5000);
			expect(collected).toBe(1);
			await endsWithin({}, 200);
			expect(collected).toBe(1);
		} finally {
			g.gc = before;
		}
	});
});
