/**
 * `npm run dev` with a content error: the broken file's page lists its errors, every other page keeps working,
 * and fixing the file brings its page back without a restart. Drives the real `vite dev` on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir, validFiles } from './helpers.ts';

const BROKEN = '---\ntitel: Over: feedback\nstart: 2024-01-01\nstatus: lopend\nsamenvatting: S\n---\n';
const BAD_DATE = '---\ntitel: Te laat\nstart: 2024-02-30\nstatus: lopend\nsamenvatting: S\n---\n';
const root = contentDir({ ...validFiles(), 'project/kapot.md': BROKEN, 'project/datum.md': BAD_DATE });
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
	const env: NodeJS.ProcessEnv = { ...process.env, KENNISGRAAF_CONTENT: root, KENNISGRAAF_PROGRESS: '0' };
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	server = spawn('npx', ['vite', 'dev', '--host', '127.0.0.1', '--port', '0', '--strictPort', 'false'], { env, detached: true });
	let output = '';
	origin = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`vite dev did not start:\n${output}`)), 110_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			// eslint-disable-next-line no-control-regex -- strips the terminal's colour codes
			const m = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		server.stdout!.on('data', read);
		server.stderr!.on('data', read);
	});
}, 120_000);

afterAll(() => {
	if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

const get = async (path: string) => {
	const r = await fetch(`${origin}${path}`);
	return { status: r.status, html: await r.text() };
};

describe('npm run dev with content errors', () => {
	it('serves every valid page', async () => {
		for (const [path, text] of [
			['/', 'Kennisgraaf'],
			['/project/p1/', 'Feedback in de klas'],
			['/project/', 'Feedback in de klas'],
			['/lectoraat/l1/', 'Lectoraat Leren'],
			['/kennisvraag/k1/', 'Hoe werkt feedback?']
		]) {
			const { status, html } = await get(path);
			expect(status, path).toBe(200);
			expect(html, path).toContain(text);
			expect(html, path).not.toContain('Internal Error');
		}
	}, 120_000);

	it('shows the errors of a broken file on its page, with line and hint', async () => {
		const kapot = await get('/project/kapot/');
		expect(kapot.status).toBe(500);
		expect(kapot.html).toContain('Dit bestand heeft fouten');
		expect(kapot.html).toContain('project/kapot.md');
		expect(kapot.html).toMatch(/Regel 2: de waarde van (&quot;|")titel(&quot;|") bevat een dubbele punt/);
		const datum = await get('/project/datum/');
		expect(datum.html).toMatch(/Regel 3: (&quot;|")start(&quot;|") is geen geldige datum: 2024-02-30 bestaat niet/);
		expect((await get('/project/bestaat-niet/')).status).toBe(404);
	}, 60_000);

	it('brings the page back when the file is fixed, without a restart', async () => {
		writeFileSync(join(root, 'project/kapot.md'), BROKEN.replace('Over: feedback', '"Over: feedback"'));
		let page = await get('/project/kapot/');
		for (let i = 0; i < 40 && page.status !== 200; i++) {
			await new Promise((r) => setTimeout(r, 500));
			page = await get('/project/kapot/');
		}
		expect(page.status).toBe(200);
		expect(page.html).toContain('Over: feedback');
	}, 60_000);
});
