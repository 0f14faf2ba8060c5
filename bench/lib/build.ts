/** Builds the site from a content folder, measuring wall time and the peak memory of the whole process tree. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
	wallMs: number;
	peakRssMb: number;
	outputBytes: number;
	files: number;
}

/** Resident memory of a process and all its descendants, in KiB. */
function treeRssKb(root: number): number {
	const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.map((l) => l.trim().split(/\s+/).map(Number));
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const rss = new Map(rows.map(([pid, , kb]) => [pid, kb]));
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

export function dirSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		if (s.isDirectory()) {
			const sub = dirSize(p);
			bytes += sub.bytes;
			files += sub.files;
		} else {
			bytes += s.size;
			files++;
		}
	}
	return { bytes, files };
}

export function buildSite(content: string, buildDir: string, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npx', ['vite', 'build', '--logLevel', 'error'], {
			// The layout cache is off, so every figure is a cold build.
			env: { ...process.env, KENNISGRAAF_CONTENT: content, BUILD_DIR: buildDir, KIT_OUT_DIR: `.svelte-kit-bench`, KENNISGRAAF_LAYOUT_CACHE: '0', ...extraEnv },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let peakKb = 0;
		let log = '';
		const poll = setInterval(() => {
			try {
				peakKb = Math.max(peakKb, treeRssKb(child.pid!));
			} catch {
				/* the process may have just ended */
			}
		}, 150);
		child.stdout.on('data', (d) => {
			log += d;
			// Pass progress lines through, so a long benchmark shows it is moving.
			for (const line of String(d).split('\n')) if (line.startsWith('[kennisgraaf]')) console.log(`    ${line}`);
		});
		child.stderr.on('data', (d) => (log += d));
		child.on('close', (code) => {
			clearInterval(poll);
			if (code !== 0 || !existsSync(buildDir)) return reject(new Error(`build of ${content} failed (exit ${code}):\n${log.slice(-3000)}`));
			const { bytes, files } = dirSize(buildDir);
			resolve({ wallMs: performance.now() - started, peakRssMb: peakKb / 1024, outputBytes: bytes, files });
		});
	});
}
