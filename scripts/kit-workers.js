/**
 * Ends SvelteKit's build worker threads once they have handed over their result.
 *
 * SvelteKit runs route analysis and prerendering each in a worker thread (`forked()` in
 * @sveltejs/kit/src/utils/fork.js) and, after the result message, only unrefs the worker: it stays alive, with its
 * whole heap (the site, every rendered page's garbage), until the build process exits. The prerender worker's heap
 * was still held while the adapter moved the files. This wraps worker_threads' Worker so that a worker started with
 * SvelteKit's SVELTEKIT_FORK marker is terminated right after it posts `{ type: 'result' }`. It relies on that shape
 * only: a SvelteKit that forks otherwise is left as it is (tests/unit/kit-workers.test.ts checks the shape).
 *
 * When such a worker starts, the main thread is about to wait for it, so its garbage is collected first, where the
 * process was started with `--expose-gc` (scripts/build-heap.js): an idle thread's heap is not collected by V8, and
 * at 50,000 nodes the main thread's 600 MB of garbage was resident through the route analysis and the prerender's
 * peak.
 */
import { syncBuiltinESMExports } from 'node:module';
import threads from 'node:worker_threads';
import { SHARED_THREAD } from './kit-thread.js';

const MARK = Symbol.for('kennisgraaf.endKitWorkers');

/**
 * A thread SvelteKit's forked() started; not the one scripts/kit-thread.js starts for two steps, which it ends itself.
 * @param {unknown} options
 */
const isKitFork = (options) =>
	typeof options === 'object' &&
	options !== null &&
	'env' in options &&
	typeof options.env === 'object' &&
	options.env !== null &&
	'SVELTEKIT_FORK' in options.env &&
	!(/** @type {any} */ (options).workerData?.[SHARED_THREAD]);

export function endKitWorkersAfterResult() {
	if (/** @type {any} */ (threads.Worker)[MARK]) return;
	const Original = threads.Worker;
	class Worker extends Original {
		/** @param {ConstructorParameters<typeof Original>} args */
		constructor(...args) {
			super(...args);
			if (!isKitFork(args[1])) return;
			/** @type {any} */ (globalThis).gc?.();
			this.on('message', (/** @type {any} */ data) => {
				// SvelteKit's own listener takes the result in this same turn; end the thread after it.
				if (data?.type === 'result') setImmediate(() => void this.terminate());
			});
		}
	}
	Object.defineProperty(Worker, MARK, { value: true });
	threads.Worker = Worker;
	// `import { Worker } from 'node:worker_threads'` in SvelteKit's modules sees the wrapper too.
	syncBuiltinESMExports();
}
