/** Sigma 3 draws with WebGL2; without it the explorer falls back to its list view. */
export function hasWebGL2(): boolean {
	try {
		return Boolean(document.createElement('canvas').getContext('webgl2'));
	} catch {
		return false;
	}
}

export interface WebGLWarmth {
	ok: boolean;
	/** Ends the warm-up worker. Call it once the page has drawn: ending it earlier tears its context down in the GPU process while the page's first frame waits there. */
	release(): void;
}

/**
 * hasWebGL2 without blocking the main thread: a page's first WebGL context waits for the GPU
 * process to start (hundreds of milliseconds on slow devices); a worker with an OffscreenCanvas
 * takes that wait, after which sigma's own contexts take a few milliseconds.
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
		// The worker's yes is trusted: asking the page too would cost the main thread 20-70 ms
		// (a context of its own). Where a worker's WebGL differs from the page's, sigma's
		// constructor throws and the caller falls back to the list. No answer: ask the page.
		const done = (ok: boolean) => {
			clearTimeout(timer);
			if (ok) resolve({ ok, release });
			else {
				release();
				resolve(page());
			}
		};
		const timer = setTimeout(() => done(false), timeout);
		worker.onmessage = (e: MessageEvent<boolean>) => done(e.data === true);
		worker.onerror = () => done(false);
	});
}
