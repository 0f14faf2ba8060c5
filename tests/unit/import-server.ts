/**
 * A local HTTP server (127.0.0.1, a free port) that answers like the registers, from the import fixtures: Publinova's
 * pages with `links.next`, SIA's change lists and project responses (a saved 403 answers 403), NWOpen's numbered
 * pages, the ROR dump and DUO's CSV files. Faults are injected per path: a list of statuses to answer first.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES = join(import.meta.dirname, '../fixtures/import');

export interface FixtureServer {
	url: string;
	/** Statuses to answer (in order) before the real response, per path (without query). */
	faults: Map<string, number[]>;
	/** Every request's path and query, in order. */
	log: string[];
	/** Rewrites a response body before it is sent (a page that loops, broken JSON). */
	rewrite?: (path: string, body: string) => string;
	/** Keys the server accepts; a request without one of them gets 401. Empty: no key needed. */
	keys: Set<string>;
	close(): Promise<void>;
}

const pages = (dir: string, ext: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith(ext))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

function answer(url: URL): { status: number; body: string; type: string } | undefined {
	const json = (file: string) => ({ status: 200, body: existsSync(file) ? readFileSync(file, 'utf8') : '', type: 'application/json' });
	const page = Number(url.searchParams.get('page') ?? url.searchParams.get('pagina') ?? 1);
	const p = url.pathname;
	let m;
	if ((m = /^\/publinova\/sources\/(parties|projects)$/.exec(p))) return json(join(FIXTURES, 'publinova', m[1], `page-${page}.json`));
	if (p === '/nwopen/Projects') return json(join(FIXTURES, 'nwopen', `projects-page-${page}.json`));
	if (p === '/sia/projecten/gewijzigd') return json(join(FIXTURES, 'sia', `gewijzigd-${page}.json`));
	if ((m = /^\/sia\/projecten\/([^/]+)$/.exec(p))) {
		const file = join(FIXTURES, 'sia', 'projecten', `${decodeURIComponent(m[1])}.json`);
		if (!existsSync(file)) return { status: 404, body: '{"error":"Not Found"}', type: 'application/json' };
		const body = readFileSync(file, 'utf8');
		return { status: JSON.parse(body).status === 403 ? 403 : 200, body, type: 'application/json' };
	}
	// The ROR dump and DUO's CSV as one download each: the fixture parts joined.
	if (p === '/ror/dump.json') {
		const all = pages(join(FIXTURES, 'ror'), '.json').flatMap((f) => JSON.parse(readFileSync(join(FIXTURES, 'ror', f), 'utf8')));
		return { status: 200, body: JSON.stringify(all), type: 'application/json' };
	}
	if (p === '/duo/adressen.csv') return { status: 200, body: readFileSync(join(FIXTURES, 'duo', 'adressen-universiteiten.csv'), 'utf8'), type: 'text/csv' };
	return undefined;
}

export async function startFixtureServer(): Promise<FixtureServer> {
	const state = { faults: new Map<string, number[]>(), log: [] as string[], keys: new Set<string>() } as FixtureServer;
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', state.url);
		state.log.push(url.pathname + url.search);
		const fault = state.faults.get(url.pathname)?.shift();
		if (fault) {
			res.writeHead(fault, fault === 429 ? { 'retry-after': '0' } : {});
			return res.end(`{"error":${fault}}`);
		}
		if (state.keys.size && !state.keys.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))) {
			res.writeHead(401);
			return res.end('{"error":"Unauthenticated."}');
		}
		const a = answer(url);
		if (!a || (a.status === 200 && !a.body)) {
			res.writeHead(404);
			return res.end('{"error":"Not Found"}');
		}
		// Links in the fixtures point at the real registers; here they point back at this server.
		let body = a.body.replaceAll('https://api.publinova.nl/', `${state.url}/publinova/`).replaceAll('https://api.regieorgaan-sia.nl/', `${state.url}/sia/`);
		if (state.rewrite) body = state.rewrite(url.pathname + url.search, body);
		res.writeHead(a.status, { 'content-type': a.type });
		res.end(body);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	state.close = () => new Promise((r) => server.close(() => r()));
	return state;
}
