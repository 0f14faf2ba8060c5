/**
 * Progress lines for long builds ("phase 1500/10000, 12.3 s"), so a user sees the work moving.
 * Silent for small sites and in tests, where they would only be noise.
 */
const started = performance.now();
const counters = new Map<string, number>();
const enabled = () => !process.env.VITEST && process.env.KENNISGRAAF_PROGRESS !== '0';

const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

export function phase(name: string, detail = '') {
	if (enabled()) console.log(`[kennisgraaf] ${name}${detail ? ` ${detail}` : ''} (${seconds()} s)`);
}

/** Counts one unit of `name` out of `total`; prints at every tenth (only when total is large). */
export function tick(name: string, total: number) {
	const n = (counters.get(name) ?? 0) + 1;
	counters.set(name, n);
	if (!enabled() || total < 1000) return;
	const step = Math.ceil(total / 10);
	if (n % step === 0 || n === total) console.log(`[kennisgraaf] ${name} ${n}/${total} (${seconds()} s)`);
}
