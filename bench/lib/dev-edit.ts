/**
 * `npm run dev` on a corpus: the time from saving one content file until its page, asked for again, shows the
 * change (what a browser reloaded by vite would then get). The file is restored afterwards.
 */
import { spawn } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { edited, type Edit } from './edit.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchText(url: string): Promise<string | undefined> {
	try {
		const res = await fetch(url);
		return res.ok ? await res.text() : undefined;
	} catch {
		return undefined;
	}
}

/** Edits `file` `runs` times as `edit` says, returning ms from each write until the page shows the new words. */
export async function measureDevEdit(content: string, file: string, port: number, edit: Edit = 'text', runs = 5): Promise<number[]> {
	const url = `http://127.0.0.1:${port}/${basename(dirname(file))}/${basename(file, '.md')}/`;
	const server = spawn('npx', ['vite', 'dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
		env: { ...process.env, KENNISGRAAF_CONTENT: content },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	let log = '';
	server.stdout!.on('data', (d) => (log += d));
	server.stderr!.on('data', (d) => (log += d));
	const original = readFileSync(file, 'utf8');
	try {
		// The first request loads the whole corpus; wait for it without counting it.
		const started = performance.now();
		while (!(await fetchText(url))) {
			if (performance.now() - started > 600_000) throw new Error(`dev server answered nothing in 10 min:\n${log.slice(-2000)}`);
			await sleep(500);
		}
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const marker = `Bewerkt${Date.now()}x${i}`;
			const t0 = performance.now();
			writeFileSync(file, edited(original, edit, marker));
			while (!(await fetchText(url))?.includes(marker)) {
				if (performance.now() - t0 > 120_000) throw new Error(`the edit never showed:\n${log.slice(-2000)}`);
				await sleep(20);
			}
			times.push(performance.now() - t0);
			await sleep(1500);
		}
		return times;
	} finally {
		writeFileSync(file, original);
		try {
			process.kill(-server.pid!, 'SIGTERM');
		} catch {
			/* already gone */
		}
	}
}
