/** A long loop's progress lines come at most every PROGRESS_EVERY_MS (scripts/progress-line.js). */
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_EVERY_MS, throttledProgress } from '../../scripts/progress-line.js';

afterEach(() => vi.useRealTimers());

describe('throttled progress', () => {
	it('prints the first line once the interval has passed, then at most one per interval', () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		const printed: string[] = [];
		const every = throttledProgress((text) => printed.push(text));
		every('a');
		vi.advanceTimersByTime(PROGRESS_EVERY_MS - 1);
		every('b');
		expect(printed).toEqual([]);
		vi.advanceTimersByTime(1);
		every('c');
		every('d');
		expect(printed).toEqual(['c']);
		vi.advanceTimersByTime(PROGRESS_EVERY_MS);
		every('e');
		expect(printed).toEqual(['c', 'e']);
		expect(PROGRESS_EVERY_MS).toBeLessThan(2000);
	});
});

describe('the main thread speaks for a quiet thread', () => {
	it('prints that the last step of a worker thread is still running while no thread prints, and nothing after', () => {
		// A worker prints one line, then works 5 s without a word; the main thread waits for it, watching.
		const script = `
			import { Worker } from 'node:worker_threads';
			import { progressLine, watchProgress } from ${JSON.stringify(new URL('../../scripts/progress-line.js', import.meta.url).href)};
			watchProgress();
			progressLine('hoofdlijn begint');
			const worker = new Worker(\`
				const { progressLine } = await import(${JSON.stringify(new URL('../../scripts/progress-line.js', import.meta.url).href)});
				progressLine('stille stap');
				const start = Date.now();
				while (Date.now() - start < 5000);
				progressLine('stille stap klaar');
			\`, { eval: true, type: 'module' });
			worker.on('exit', () => setTimeout(() => progressLine('einde'), 10));
		`;
		const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, KENNISGRAAF_PROGRESS: '1' } });
		const lines = out.trim().split('\n');
		const texts = lines.map((l) => l.replace(/^\[kennisgraaf\] /, '').replace(/ \([\d.]+ s\)$/, ''));
		expect(texts[0]).toBe('hoofdlijn begint');
		expect(texts).toContain('stille stap');
		expect(texts.filter((t) => t === 'stille stap: nog bezig').length).toBeGreaterThanOrEqual(2);
		expect(texts.slice(-2)).toEqual(['stille stap klaar', 'einde']);
		const times = lines.map((l) => Number(/\(([\d.]+) s\)$/.exec(l)![1]));
		for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThan(3); // 2 s at most, with room for a busy machine
	});
});

describe('a build speaks for the Vite process it starts whenever that process is quiet', () => {
	it('names the child’s last step while the child is held, is quiet while the child speaks, and passes on its exit code', () => {
		const lib = JSON.stringify(new URL('../../scripts/progress-line.js', import.meta.url).href);
		// The child: 3.5 s without a word (Vite starting), then a line every 0.5 s for 2 s (it speaks for itself), then
		// its main thread held 4.5 s after a line (a stall nobody in the child can report): two 'nog bezig' lines are due
		// at 1.5 s and 3 s, and the last 1.5 s leave room for a parent whose timers run late on a busy machine.
		const child = `
			const hold = (ms) => { const start = Date.now(); while (Date.now() - start < ms); };
			hold(3500);
			const { progressLine } = await import(${lib});
			for (let i = 0; i < 4; i++) {
				progressLine('kind spreekt ' + i);
				await new Promise((r) => setTimeout(r, 500));
			}
			progressLine('bundelen ssr');
			hold(4500);
			progressLine('gebundeld');
			process.exitCode = 3;
		`;
		const parent = `
			import { progressLine, spawnWatched } from ${lib};
			progressLine('Vite starten');
			// Two seconds on this process's clock before the child starts its own: their lines share this one.
			await new Promise((r) => setTimeout(r, 2000));
			const code = await spawnWatched(process.execPath, ['--input-type=module', '-e', ${JSON.stringify(child)}]);
			progressLine('klaar met ' + code);
		`;
		const out = execFileSync(process.execPath, ['--input-type=module', '-e', parent], { encoding: 'utf8', env: { ...process.env, KENNISGRAAF_PROGRESS: '1' } });
		const lines = out.trim().split('\n');
		const texts = lines.map((l) => l.replace(/^\[kennisgraaf\] /, '').replace(/ \([\d.]+ s\)$/, ''));
		const times = lines.map((l) => Number(/\(([\d.]+) s\)$/.exec(l)![1]));
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(times[texts.indexOf('kind spreekt 0')]).toBeGreaterThanOrEqual(5.5);
		for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThan(3);
		expect(texts[0]).toBe('Vite starten');
		expect(texts.filter((t) => t === 'Vite starten: nog bezig').length).toBeGreaterThanOrEqual(2);
		// While the child speaks, the parent is quiet; when the child's thread is held, the parent names its step.
		const speaking = texts.slice(texts.indexOf('kind spreekt 0'), texts.indexOf('bundelen ssr'));
		expect(speaking.every((t) => t.startsWith('kind spreekt'))).toBe(true);
		expect(texts.slice(texts.indexOf('bundelen ssr'), texts.indexOf('gebundeld')).filter((t) => t === 'bundelen ssr: nog bezig').length).toBeGreaterThanOrEqual(
			2
		);
		expect(texts.slice(-2)).toEqual(['gebundeld', 'klaar met 3']);
	});
});
