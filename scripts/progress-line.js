/**
 * The progress line of a build ("[kennisgraaf] inhoud laden … (12.3 s)"), for the build scripts (plain JavaScript,
 * some loaded by svelte.config.js) and src/lib/server/progress.ts alike; KENNISGRAAF_PROGRESS=0 silences it.
 */
import { writeSync } from 'node:fs';

export const progressOff = () => process.env.KENNISGRAAF_PROGRESS === '0';

/** The longest a running step stays without a line (issue 17: no phase over 2 s without one), with room for the unit
 * that is running when a line is due. */
export const PROGRESS_EVERY_MS = 1500;

/**
 * Prints one line, stamped on the process's clock, not the thread's: SvelteKit prerenders in worker threads, and
 * all lines share one timeline. Written straight to the output: a worker thread's console.log passes through the
 * main thread when the worker's event loop next turns, and at 10,000 nodes its lines arrived in bursts 18 s apart.
 * @param {string} text
 */
export function progressLine(text) {
	if (progressOff()) return;
	const line = `[kennisgraaf] ${text} (${process.uptime().toFixed(1)} s)\n`;
	try {
		writeSync(1, line);
	} catch {
		// A full pipe (EAGAIN) or a closed one: the slower way, which waits.
		process.stdout.write(line);
	}
}

/**
 * A printer for one long loop: of the lines it is given, it prints one when PROGRESS_EVERY_MS have passed since it
 * was made or last printed.
 * @param {(text: string) => void} [print]
 */
export function throttledProgress(print = progressLine) {
	let last = performance.now();
	return (/** @type {string} */ text) => {
		if (performance.now() - last < PROGRESS_EVERY_MS) return;
		last = performance.now();
		print(text);
	};
}
