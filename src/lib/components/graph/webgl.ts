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
		// The page has the last word (WebGL can differ between workers and the page); once the
		// GPU process runs, that check takes a few milliseconds.
		const done = () => {
			clearTimeout(timer);
			worker.terminate();
			resolve(hasWebGL2());
		};
		const timer = setTimeout(done, timeout);
		worker.onmessage = done;
		worker.onerror = done;
	});
}
