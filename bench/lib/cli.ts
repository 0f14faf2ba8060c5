/** What every benchmark script needs: its options, a generated corpus, and the machine it ran on. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const args = process.argv.slice(2);
export const flag = (name: string) => args.includes(`--${name}`);
/** The value after the last `--name`, or the fallback. */
export function option(name: string, fallback: string): string {
	const i = args.lastIndexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** bench/corpus/<n>, generated (deterministically) the first time it is needed. */
export function ensureCorpus(n: number): string {
	const dir = `bench/corpus/${n}`;
	if (!existsSync(dir) || readdirSync(dir).length === 0) {
		console.log(`  corpus van ${n} knopen genereren…`);
		execFileSync('npx', ['tsx', 'scripts/generate-corpus.ts', '--nodes', String(n), '--out', dir], { stdio: 'inherit' });
	}
	return dir;
}

export const machine = () => `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`;
/** Timings are only comparable on an otherwise idle machine: reports carry the load average. */
export const loadAverage = () => loadavg().map((v) => Math.round(v * 100) / 100);
