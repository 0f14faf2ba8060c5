/**
 * The fetch path of `npm run import`, through HTTP against a local server that answers like the registers: every
 * source's pages arrive as from files, keys are sent, 429 and 5xx are retried within bounds, and a 401, 404, a
 * pagination that loops, broken JSON or CSV with other columns stop the import with a Dutch message, nothing written.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/lib/server/import/errors.ts';
import { runImport, type ImportOptions } from '../../src/lib/server/import/run.ts';
import { FIXTURES, startFixtureServer, type FixtureServer } from './import-server.ts';

const SMALL = join(import.meta.dirname, '../fixtures/import-content');
let server: FixtureServer;
const fresh = () => {
	const root = mkdtempSync(join(tmpdir(), 'kennisgraaf-import-'));
	cpSync(SMALL, root, { recursive: true });
	return root;
};
const snapshot = (root: string) =>
	readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => `${join(e.parentPath, e.name)}:${readFileSync(join(e.parentPath, e.name), 'utf8')}`)
		.sort()
		.join('\n');
const at = (path: string) => `${server.url}${path}`;
const run = (o: Partial<ImportOptions> & { source: string }) => runImport({ root: fresh(), today: '2026-11-30', backoffMs: 1, ...o });

beforeAll(async () => {
	server = await startFixtureServer();
	process.env.PUBLINOVA_API_KEY = 'sleutel-p';
	process.env.SIA_API_KEY = 'sleutel-s';
});
afterAll(async () => {
	await server.close();
	delete process.env.PUBLINOVA_API_KEY;
	delete process.env.SIA_API_KEY;
});

describe('import over HTTP', () => {
	it.each([
		['publinova', '/publinova'],
		['sia', '/sia'],
		['nwopen', '/nwopen']
	])('%s: the API gives the same import as its saved pages', async (source, path) => {
		const viaHttp = await run({ source, url: at(path), dryRun: true });
		const viaFiles = await run({ source, from: join(FIXTURES, source), dryRun: true });
		expect(viaHttp.changes.map((c) => c.text)).toEqual(viaFiles.changes.map((c) => c.text));
		expect(viaHttp.report.records).toBe(viaFiles.report.records);
		expect(viaHttp.changes.length).toBeGreaterThan(20);
	});

	it('sends the key as a bearer token, and a missing or wrong key stops with the variable to set', async () => {
		server.keys = new Set(['sleutel-p']);
		try {
			await expect(run({ source: 'publinova', url: at('/publinova'), dryRun: true })).resolves.toBeTruthy();
			process.env.PUBLINOVA_API_KEY = 'fout';
			const e = await run({ source: 'publinova', url: at('/publinova') }).catch((x) => x);
			expect(e).toBeInstanceOf(ImportError);
			expect(e.message).toContain('401');
			expect(e.hint).toContain('PUBLINOVA_API_KEY');
		} finally {
			server.keys = new Set();
			process.env.PUBLINOVA_API_KEY = 'sleutel-p';
		}
	});

	it('retries 429 and 5xx with backoff, then goes on', async () => {
		server.log.length = 0;
		server.faults.set('/nwopen/Projects', [429, 503, 500]);
		const r = await run({ source: 'nwopen', url: at('/nwopen'), dryRun: true });
		expect(r.report.pages).toBe(3);
		expect(server.log.filter((l) => l.startsWith('/nwopen/Projects?page=1')).length).toBe(4);
	});

	it('gives up after its retries, names the address, and writes nothing', async () => {
		const root = fresh();
		const before = snapshot(root);
		server.faults.set('/nwopen/Projects', Array(10).fill(502));
		const e = await runImport({ source: 'nwopen', root, url: at('/nwopen'), backoffMs: 1, retries: 2 }).catch((x) => x);
		server.faults.delete('/nwopen/Projects');
		expect(e).toBeInstanceOf(ImportError);
		expect(e.message).toMatch(/na 3 pogingen nog steeds status 502/);
		expect(snapshot(root)).toBe(before);
	});

	it('stops at 404, at a pagination that loops and at broken JSON, with nothing written', async () => {
		await expect(run({ source: 'nwopen', url: at('/bestaat-niet') })).rejects.toThrow(/404/);
		server.rewrite = (path, body) =>
			path.includes('parties') && path.includes('page=3') ? body.replace(/"next": null/, `"next": "${server.url}/publinova/sources/parties?page=1"`) : body;
		await expect(run({ source: 'publinova', url: at('/publinova') })).rejects.toThrow(/paginering loopt rond/);
		server.rewrite = (path, body) => (path.includes('page=2') ? body.slice(0, 200) : body);
		const root = fresh();
		const before = snapshot(root);
		await expect(runImport({ source: 'nwopen', root, url: at('/nwopen'), today: '2026-11-30' })).rejects.toThrow(/geen geldige JSON/);
		expect(snapshot(root)).toBe(before);
		server.rewrite = undefined;
	});

	it('treats a 403 on a SIA project as deleted at the source, and a 404 as a skipped record with its reason', async () => {
		const r = await run({ source: 'sia', url: at('/sia'), dryRun: true });
		expect(r.report.skipped.map((s) => s.reason)).toContain('staat in de lijst van gewijzigde projecten, maar bestaat niet (404)');
		expect(r.report.skipped.find((s) => s.record === 'RAAK.PRO04.030')?.reason).toMatch(/verwijderd bij de bron/);
	});

	it('reads a ROR dump and a DUO file as one download each', async () => {
		const ror = await run({ source: 'ror', url: at('/ror/dump.json'), dryRun: true });
		// The hand-made "Stichting Hogeschool Noorderlicht" in Groningen is the same organisation: merged, not added.
		expect(ror.report.added.length).toBe(29);
		expect(ror.report.merged).toEqual([expect.objectContaining({ node: 'noorderlicht', reason: 'naam en plaats' })]);
		const duo = await run({ source: 'duo', url: at('/duo/adressen.csv'), dryRun: true });
		expect(duo.report.added.length).toBe(10);
	});
});

describe('bad input from files', () => {
	const bad = (name: string, text: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'kennisgraaf-bad-'));
		cpSync(SMALL, dir, { recursive: true });
		const file = join(dir, name);
		writeFileSync(file, text);
		return file;
	};
	it('refuses CSV with other columns, naming the missing ones', async () => {
		const file = bad('adressen.csv', 'NAAM;PLAATS\nHogeschool X;Utrecht\n');
		await expect(run({ source: 'duo', from: file })).rejects.toThrow(/mist de kolommen INSTELLINGSCODE, INSTELLINGSNAAM, PLAATSNAAM/);
	});
	it('refuses CSV whose rows have another number of columns, naming the line', async () => {
		const file = bad('adressen.csv', 'INSTELLINGSCODE;INSTELLINGSNAAM;PLAATSNAAM\n30AA;Hogeschool X;Utrecht;extra\n');
		await expect(run({ source: 'duo', from: file })).rejects.toThrow(/regel 2/);
	});
	it('refuses a page that is no JSON, naming the file', async () => {
		const file = bad('dump.json', '<html>Service Unavailable</html>');
		await expect(run({ source: 'ror', from: file })).rejects.toThrow(/dump.json is geen geldige JSON/);
	});
	it('asks for a key before reaching an API that needs one', async () => {
		delete process.env.SIA_API_KEY;
		await expect(runImport({ source: 'sia', root: fresh() })).rejects.toThrow(/vraagt een API-sleutel/);
		process.env.SIA_API_KEY = 'sleutel-s';
	});
});
