/**
 * The progress line of a build ("[kennisgraaf] inhoud laden … (12.3 s)"), for the build scripts (plain JavaScript,
 * some loaded by svelte.config.js) and src/lib/server/progress.ts alike; KENNISGRAAF_PROGRESS=0 silences it.
 */
import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import { BroadcastChannel, isMainThread } from 'node:worker_threads';

export const progressOff = () => process.env.KENNISGRAAF_PROGRESS === '0';

/** The longest a running step stays without a line (issue 17: no phase over 2 s without one), with room for the unit
 * that is running when a line is due. */
export const PROGRESS_EVERY_MS = 1500;

/**
 * Prints one line, stamped on the build's clock, not the thread's: SvelteKit prerenders in worker threads, and
 * all lines share one timeline. Written straight to the output: a worker thread's console.log passes through the
 * main thread when the worker's event loop next turns, and at 10,000 nodes its lines arrived in bursts 18 s apart.
 * @param {string} text
 */
export function progressLine(text) {
	if (progressOff()) return;
	write(text);
	heard = { text, at: Date.now() };
	// Told to the watcher by message even in the main thread: Vite's config and SvelteKit may each load this file.
	(channel ??= open()).postMessage(heard);
}

/** The build's clock: this process's, unless the process that started it passed its own (clockEnv), so the lines of
 * build.js, the build.js it restarts and Vite's process share one timeline. */
const CLOCK = 'KENNISGRAAF_PROGRESS_T0';
const startedAt = Number(process.env[CLOCK]) || Date.now() - process.uptime() * 1000;
/** The environment that passes this build's clock on to a process it starts. */
export const clockEnv = () => ({ [CLOCK]: String(startedAt) });

/** @param {string} text */
function write(text) {
	writeOut(`[kennisgraaf] ${text} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)\n`);
}

/**
 * Writes to the output now, in order with every other line of this process.
 * @param {string | Buffer} data
 */
function writeOut(data) {
	const bytes = typeof data === 'string' ? Buffer.from(data) : data;
	let done = 0;
	try {
		while (done < bytes.length) done += writeSync(1, bytes, done);
	} catch {
		// A full pipe (EAGAIN) or a closed one: the slower way, which waits.
		process.stdout.write(bytes.subarray(done));
	}
}

/**
 * The threads' lines, told to the main thread: a step that runs long in one of SvelteKit's threads without saying so
 * (a library call, a collection, loading the server code) leaves the main thread waiting, and it can speak for it.
 * Unreferenced, so it keeps no thread alive.
 */
const open = () => {
	const c = new BroadcastChannel('kennisgraaf-progress');
	c.unref();
	return c;
};
/** @type {BroadcastChannel | undefined} */
let channel;
/** The last line of any thread, as the main thread knows it. */
let heard = { text: '', at: Date.now() };
/** One watcher per process: Vite loads its config, and so this file, anew for the client build. */
const WATCHING = Symbol.for('kennisgraaf.progress-watch');

/**
 * In the main thread of a build: whenever no thread has printed for PROGRESS_EVERY_MS, prints that the last step is
 * still running, so no stretch of a build goes without a line while this thread waits for the others (at 50,000 nodes
 * 2.7 s passed in the search index's terms without one). A busy main thread cannot print, but then its own steps do.
 */
export function watchProgress() {
	const process_ = /** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (process));
	if (process_[WATCHING] || !isMainThread || progressOff()) return;
	process_[WATCHING] = true;
	heard = { text: heard.text, at: Date.now() };
	// A channel of its own: a channel does not hear its own messages.
	open().onmessage = (/** @type {any} */ e) => (heard = e.data);
	speakWhenQuiet().unref();
}

/** Every PROGRESS_EVERY_MS without a line, prints that the last one's step is still running. */
function speakWhenQuiet() {
	return setInterval(() => {
		if (!heard.text || Date.now() - heard.at < PROGRESS_EVERY_MS) return;
		write(`${heard.text}: nog bezig`);
		heard = { text: heard.text, at: Date.now() };
	}, PROGRESS_EVERY_MS / 3);
}

/** A progress line as printed: its text, without the stamp, and without "nog bezig" (which names the line before). */
const LINE = /^\[kennisgraaf\] (.*?)(?:: nog bezig)? \([\d.]+ s\)$/;

/**
 * Runs a build step as a child process (`vite build`) and watches its output, which passes through this process:
 * whenever the child has printed nothing for PROGRESS_EVERY_MS, this process prints that the child's last step is still
 * running. The child's own watcher speaks for its threads (watchProgress), but nobody in the child can while its main
 * thread is held: while Vite starts and loads SvelteKit and the plugins (3.1 s without a line in a 10,000-node build)
 * and when that thread stalls (10 s at the start of SSR bundling in two builds of 2026-12-04, cause not found).
 * Resolves with its exit code.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<number>}
 */
export function spawnWatched(command, args) {
	return new Promise((resolve) => {
		// Colours as on a terminal, when this process writes to one.
		const colour = process.stdout.isTTY && !('NO_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
		const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...colour, ...clockEnv() } });
		const timer = progressOff() ? undefined : speakWhenQuiet();
		// A chunk may end inside a line: a line counts once it is whole.
		let partial = '';
		child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
			writeOut(chunk);
			const lines = (partial + chunk.toString('utf8')).split('\n');
			partial = lines.pop() ?? '';
			const text = lines.map((l) => LINE.exec(l)?.[1]).findLast((t) => t !== undefined);
			heard = { text: text ?? heard.text, at: Date.now() };
		});
		let ended = false;
		const done = (/** @type {number} */ code) => {
			if (ended) return;
			ended = true;
			clearInterval(timer);
			resolve(code);
		};
		child.on('error', (e) => {
			process.stderr.write(`${command} kon niet starten: ${e.message}\n`);
			done(1);
		});
		// 'close', not 'exit': the child's last lines are read by then.
		child.on('close', (code) => done(code ?? 1));
	});
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
