/**
 * Progress lines for long builds ("phase 1500/10000 (12.3 s)"), so a user sees the work moving: a line when a phase
 * starts or ends, and while it runs at least one every EVERY_MS (issue 17: no phase over 2 s without a line).
 * Silent in tests, where they would only be noise.
 */
import { PROGRESS_EVERY_MS as EVERY_MS, progressLine, progressOff } from '../../../scripts/progress-line.js';

const counters = new Map<string, number>();
/** When this thread last printed, and the units pulse() counted. */
let lastLine = performance.now();
let pulses = 0;
const enabled = () => !process.env.VITEST && !progressOff();

function line(text: string) {
	lastLine = performance.now();
	if (enabled()) progressLine(text);
}

export function phase(name: string, detail = '') {
	line(`${name}${detail ? ` ${detail}` : ''}`);
}

/**
 * Counts one unit of `name` out of `total`; prints at every tenth of a large total, and whenever the last line is
 * EVERY_MS old. The count starts again after `total`.
 */
export function tick(name: string, total: number) {
	const n = (counters.get(name) ?? 0) + 1;
	counters.set(name, n === total ? 0 : n);
	const tenth = total >= 1000 && (n % Math.ceil(total / 10) === 0 || n === total);
	(tenth ? line : still)(`${name} ${n}/${total}`);
}

/**
 * Counts one unit of work of unknown total (every prerendered page and file) and prints the count when the last line
 * is EVERY_MS old, so a long phase without a known size still shows it is moving.
 */
export function pulse(name: string) {
	pulses++;
	// SvelteKit's work between two requests passes no hook of ours: a timer fills in whenever it lets the event loop
	// turn (a run of promise callbacks does not, which is why its redirects went unreported: scripts/listed-pages.js).
	watch ??= setInterval(() => still(`${name} ${pulses}`), EVERY_MS / 3).unref();
	still(`${name} ${pulses}`);
}
let watch: ReturnType<typeof setInterval> | undefined;

/** Prints `text` when the last line is EVERY_MS old: for a long step that can say how far it got. */
export function still(text: string) {
	if (performance.now() - lastLine >= EVERY_MS) line(text);
}
