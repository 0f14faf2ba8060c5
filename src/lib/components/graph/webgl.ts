/** Sigma 3 draws with WebGL2; without it the explorer falls back to its list view. */
export function hasWebGL2(): boolean {
	try {
		return Boolean(document.createElement('canvas').getContext('webgl2'));
	} catch {
		return false;
	}
}

export interface WebGLWarmth {
	/** The worker's answer; null when it has not answered in time (then sigma's own contexts tell). */
	ok: boolean | null;
	/** Ends the warm-up worker. Call it once the page has drawn: ending it earlier tears its context down in the GPU process while the page's first frame waits there. */
	release(): void;
}

/**
 * Starts the GPU process off the main thread: a page's first WebGL context waits for it (hundreds of
 * milliseconds on slow devices); a worker with an OffscreenCanvas takes that wait, after which sigma's
 * own contexts take a few milliseconds. The explorer never waits for the answer: a worker that is slow
 * to start (a busy machine: seconds) must not hold up the graph, and asking the page instead would cost
 * the main thread a context of its own. After `timeout` the answer is unknown (ok: null).
 * Without workers or OffscreenCanvas it is just hasWebGL2.
 */
export function warmWebGL2(timeout = 1500): Promise<WebGLWarmth> {
	const page = (): WebGLWarmth => ({ ok: hasWebGL2(), release() {} });
	if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(page());
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./webgl-warmup.ts', import.meta.url), { type: 'module' });
		} catch {
			resolve(page());
			return;
		}
		const release = () => worker.terminate();
		// The worker's yes is trusted; where a worker's WebGL differs from the page's, sigma's
		// constructor throws and the caller falls back to the list. Its no is checked in the page.
		const done = (ok: boolean | null) => {
			clearTimeout(timer);
			if (ok !== false) resolve({ ok, release });
			else {
				release();
				resolve(page());
			}
		};
		const timer = setTimeout(() => done(null), timeout);
		worker.onmessage = (e: MessageEvent<boolean>) => done(e.data === true);
		worker.onerror = () => done(false);
	});
}
