/** Sigma 3 draws with WebGL2; without it the explorer falls back to its list view. */
export function hasWebGL2(): boolean {
	try {
		return Boolean(document.createElement('canvas').getContext('webgl2'));
	} catch {
		return false;
	}
}

/**
 * hasWebGL2 without blocking the main thread: a page's first WebGL context waits for the GPU
 * process to start (hundreds of milliseconds on slow devices); a worker with an OffscreenCanvas
 * takes that wait, after which this check and sigma's own contexts take a few milliseconds.
 * Without workers or OffscreenCanvas it is just hasWebGL2.
 */
export function warmWebGL2(timeout = 1500): Promise<boolean> {
	if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(hasWebGL2());
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./webgl-warmup.ts', import.meta.url), { type: 'module' });
		} catch {
			resolve(hasWebGL2());
			return;
		}
		// The worker's yes is trusted: asking the page too would cost the main thread 20-70 ms
		// (a context of its own). Where a worker's WebGL differs from the page's, sigma's
		// constructor throws and the caller falls back to the list. No answer: ask the page.
		const done = (ok: boolean | null) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(ok ?? hasWebGL2());
		};
		const timer = setTimeout(() => done(null), timeout);
		worker.onmessage = (e: MessageEvent<boolean>) => done(e.data === true ? true : null);
		worker.onerror = () => done(null);
	});
}
