/**
 * Worker for warmWebGL2 (webgl.ts): creating a page's first WebGL context starts the GPU
 * process, a wait that here blocks this worker instead of the main thread.
 */
let ok: boolean;
try {
	ok = Boolean(new OffscreenCanvas(1, 1).getContext('webgl2'));
} catch {
	ok = false;
}
postMessage(ok);
