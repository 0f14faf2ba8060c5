/**
 * scripts/serve.js (npm start) serves a build folder. A request it cannot read, such as a percent sign that encodes no
 * character, gets a clear answer, and the server goes on serving: such a request used to end the process with a stack
 * trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'kg-serve-'));
const port = 42000 + (process.pid % 1000);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let output = '';

beforeAll(async () => {
	writeFileSync(join(root, 'index.html'), '<p>Kennisgraaf</p>');
	writeFileSync(join(root, '404.html'), '<p>Deze pagina bestaat niet</p>');
	server = spawn(process.execPath, ['scripts/serve.js', root], { env: { ...process.env, PORT: String(port) } });
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	for (let i = 0; i < 100 && !output.includes('draait op'); i++) await new Promise((r) => setTimeout(r, 50));
});
afterAll(() => {
	server.kill();
	rmSync(root, { recursive: true, force: true });
});

describe('npm start’s server', () => {
	it('answers an address with a broken percent-encoding in Dutch, and goes on serving', async () => {
		for (const path of ['/%E0%A4%A', '/%', '/project/%zz/']) {
			const res = await fetch(origin + path);
			expect(res.status, path).toBe(400);
			expect(await res.text()).toMatch(/adres is ongeldig/);
		}
		const home = await fetch(`${origin}/`);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('Kennisgraaf');
		expect(output).not.toMatch(/Error|\n\s{4}at /);
	});

	it('serves the 404 page for a missing file and for a path that climbs out of the folder', async () => {
		for (const path of ['/bestaat-niet/', '/..%2F..%2Fetc%2Fpasswd']) {
			const res = await fetch(origin + path);
			expect(res.status, path).toBe(404);
			expect(await res.text()).toContain('bestaat niet');
		}
	});
});
