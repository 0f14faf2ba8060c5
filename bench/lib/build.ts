/** Builds the site from a content folder, measuring wall time and the peak memory of the whole process tree. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
	wallMs: number;
	/** User + system CPU seconds of the build and every process it started. */
	cpuSeconds: number;
	peakRssMb: number;
	outputBytes: number;
	files: number;
	/** The longest stretch without a progress line, and the line it followed (issue 17: a line for every phase over 2 s). */
	silence: Silence;
}

export interface Silence {
	ms: number;
	after: string;
}

/** "3.1 s na ‘graaflayout 10000 knopen …’", for the reports. */
export const silenceText = ({ ms, after }: Silence) => {
	const line = after.replace(/^\[kennisgraaf\] /, '').replace(/ \([\d.]+ s\)$/, '');
	return `${(ms / 1000).toFixed(1)} s na ‘${line.length > 60 ? `${line.slice(0, 59)}…` : line}’`;
};

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

/**
 * Runs a build command and measures it: wall time, CPU seconds of the whole process tree (user + system, from
 * bash's `times`, which counts every descendant waited for), and peak resident memory of the tree.
 * Progress lines (`[kennisgraaf] …`) pass through, so a long benchmark shows it is moving.
 */
export function measureBuild(command: string[], env: Record<string, string>, outDir: string, what: string): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const quoted = command.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
		const child = spawn('bash', ['-c', `${quoted}; rc=$?; times >&3; exit $rc`], {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe', 'pipe']
		});
		let peakKb = 0;
		let log = '';
		let times = '';
		const poll = setInterval(() => {
			try {
				peakKb = Math.max(peakKb, treeRssKb(child.pid!));
			} catch {
				/* the process may have just ended */
			}
		}, 150);
		// Timed as they arrive, as someone watching the build sees them.
		let silence: Silence = { ms: 0, after: '(start)' };
		let last = { at: started, line: '(start)' };
		const heard = (line: string) => {
			const now = performance.now();
			if (now - last.at > silence.ms) silence = { ms: now - last.at, after: last.line };
			last = { at: now, line };
		};
		// A chunk may end inside a line: only whole lines are shown (a progress line cut in two went missing).
		let partial = '';
		child.stdout!.on('data', (d) => {
			log += d;
			const lines = (partial + String(d)).split('\n');
			partial = lines.pop()!;
			for (const line of lines)
				if (line.startsWith('[kennisgraaf]')) {
					heard(line);
					console.log(`    ${line}`);
				}
		});
		child.stderr!.on('data', (d) => (log += d));
		(child.stdio[3] as NodeJS.ReadableStream).on('data', (d) => (times += d));
		child.on('close', (code) => {
			clearInterval(poll);
			heard('(einde)');
			if (code !== 0 || !existsSync(outDir)) return reject(new Error(`${what} failed (exit ${code}):\n${log.slice(-3000)}`));
			const { bytes, files } = dirSize(outDir);
			resolve({ wallMs: performance.now() - started, cpuSeconds: childCpuSeconds(times), peakRssMb: peakKb / 1024, outputBytes: bytes, files, silence });
		});
	});
}

/** The second line of bash's `times`: user and system time of the shell's children, e.g. "1m2.345s 0m1.000s". */
function childCpuSeconds(times: string): number {
	const line = times.trim().split('\n')[1] ?? '';
	return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/**
 * Removes the caches a build keeps between runs (content, layout, the record of node pages, the kept site-wide
 * files and the content check's file), so the next build is cold: a kept file was taken again when a run built the
 * same corpus with the same code, and the second build after it makes the check's file as it would after a code edit.
 */
export function clearBuildCaches() {
	for (const dir of ['content', 'layout', 'pages', 'files', 'check'].map((c) => `node_modules/.cache/kennisgraaf-${c}`))
		rmSync(dir, { recursive: true, force: true });
}

/**
 * Builds the site from a content folder with `npm run build`'s script, cold unless `warm`: then the caches of earlier
 * builds are used, the previous bundles included when the code and settings are the same (scripts/build.js).
 */
export function buildSite(content: string, buildDir: string, extraEnv: Record<string, string> = {}, warm = false): Promise<BuildResult> {
	if (!warm) clearBuildCaches();
	return measureBuild(
		['node', 'scripts/build.js', '--logLevel', 'error'],
		// A cold build bundles; it still leaves its bundles and page record for a warm build after it.
		{ KENNISGRAAF_CONTENT: content, BUILD_DIR: buildDir, KIT_OUT_DIR: `.svelte-kit-bench`, ...(warm ? {} : { KENNISGRAAF_BUNDLE_CACHE: '0' }), ...extraEnv },
		buildDir,
		`build of ${content}`
	);
}
