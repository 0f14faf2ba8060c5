/**
 * SvelteKit's route analysis and prerender, run by a build without bundling (scripts/bundle-reuse.js) in one worker
 * thread instead of one each.
 *
 * Kit runs each step through forked() (@sveltejs/kit/src/utils/fork.js): a new thread loads the step's module, whose
 * top level, seeing SVELTEKIT_FORK, listens on the thread's port for `{ type: 'args', module }`, answers with
 * `{ type: 'result', module, payload }`, and says `{ type: 'ready', module }` first. Both steps load the server bundle,
 * and through it the site (content snapshot, graph, related items' index): 1.3 CPU-s a thread at 10,000 nodes. Here
 * one thread loads both modules and answers both, so the second step finds the site loaded. The messages are the ones
 * Kit's own forked() sends; tests/unit/kit-thread.test.ts checks that fork.js still speaks them, and a thread that does
 * not say it is ready within a minute is an error, after which scripts/build.js bundles instead.
 */
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

/** Marks the thread for scripts/kit-workers.js, which would otherwise end it after its first result. */
export const SHARED_THREAD = 'kennisgraafSharedKitThread';

if (!isMainThread && workerData?.[SHARED_THREAD]) {
	for (const file of /** @type {string[]} */ (workerData.modules)) await import(pathToFileURL(file).href);
}

/**
 * Starts the thread with Kit's step modules (absolute paths); `run(file, payload)` runs the step of that file there.
 * @param {string[]} files
 * @param {number} [readyMs] how long the thread may take to load them
 */
export function kitThread(files, readyMs = 60_000) {
	/** @type {any} */ (globalThis).gc?.();
	const worker = new Worker(new URL(import.meta.url), {
		env: { ...process.env, SVELTEKIT_FORK: 'true' },
		workerData: { [SHARED_THREAD]: true, modules: files }
	});
	/** Module URL (as the module knows itself) by file name. */
	const ready = new Map();
	/** @type {Map<string, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
	const waiting = new Map();
	/** @type {(e: Error) => void} */
	let fail = () => {};
	const allReady = new Promise((resolve, reject) => {
		fail = reject;
		const timer = setTimeout(() => reject(new Error(`SvelteKit's build steps did not start within ${readyMs / 1000} s`)), readyMs).unref();
		worker.on('message', (data) => {
			if (data?.type === 'ready' && typeof data.module === 'string') {
				ready.set(data.module.replace(/^.*\//, ''), data.module);
				if (ready.size === files.length) {
					clearTimeout(timer);
					resolve(undefined);
				}
			}
			if (data?.type === 'result') {
				waiting.get(data.module)?.resolve(data.payload);
				waiting.delete(data.module);
			}
		});
	});
	// Awaited by run(); a failure before anyone runs a step is not an unhandled rejection.
	allReady.catch(() => {});
	const failAll = (/** @type {Error} */ e) => {
		fail(e);
		for (const w of waiting.values()) w.reject(e);
	};
	worker.on('error', failAll);
	worker.on('exit', (code) => failAll(new Error(`SvelteKit's build thread ended (code ${code})`)));
	return {
		/**
		 * @param {string} file one of `files`
		 * @param {unknown} payload the step's options
		 */
		async run(file, payload) {
			await allReady;
			const module = ready.get(file.replace(/^.*\//, ''));
			if (!module) throw new Error(`SvelteKit's build thread has no step ${file}`);
			return new Promise((resolve, reject) => {
				waiting.set(module, { resolve, reject });
				worker.postMessage({ type: 'args', module, payload });
			});
		},
		end: () => worker.terminate()
	};
}
