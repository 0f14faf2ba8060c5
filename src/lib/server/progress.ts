/**
 * Progress lines for long builds ("phase 1500/10000, 12.3 s"), so a user sees the work moving.
 * Silent for small sites and in tests, where they would only be noise.
 */
const counters = new Map<string, number>();
/** When the last line was printed, and the units pulse() counted. */
let lastLine = performance.now();
let pulses = 0;
const enabled = () => !process.env.VITEST && process.env.KENNISGRAAF_PROGRESS !== '0';

// The process's clock, not this thread's: prerendering runs in worker threads, and all lines should share one timeline.
const seconds = () => process.uptime().toFixed(1);

export function phase(name: string, detail = '') {
	lastLine = performance.now();
	if (enabled()) console.log(`[kennisgraaf] ${name}${detail ? ` ${detail}` : ''} (${seconds()} s)`);
}

/** Counts one unit of `name` out of `total`; prints at every tenth (only when total is large). */
export function tick(name: string, total: number) {
	const n = (counters.get(name) ?? 0) + 1;
	counters.set(name, n);
	if (!enabled() || total < 1000) return;
	const step = Math.ceil(total / 10);
	if (n % step === 0 || n === total) {
		lastLine = performance.now();
		console.log(`[kennisgraaf] ${name} ${n}/${total} (${seconds()} s)`);
	}
}

/**
 * Counts one unit of work of unknown total (every prerendered page and file) and prints the count when the last line
 * is `everyMs` old, so a long phase without a known size still shows it is moving.
 */
export function pulse(name: string, everyMs = 3000) {
	pulses++;
	const now = performance.now();
	if (!enabled() || now - lastLine < everyMs) return;
	lastLine = now;
	console.log(`[kennisgraaf] ${name} ${pulses} (${seconds()} s)`);
}
