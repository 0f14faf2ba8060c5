/**
 * The pages of a register, from its API (--url, or the mapping's address) or from files saved as it publishes them
 * (--from FILE or a folder of page files). Each page comes with where it came from, for errors and the report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { get, str } from '../../../registry/imports/clean.ts';
import type { Endpoint, SourceMapping } from '../../../registry/imports/model.ts';
import { ImportError } from '../errors.ts';
import { httpGet, type HttpOptions } from './http.ts';
import { decodeText, parseCsv, parseJson } from './parse.ts';

export interface Page {
	endpoint: string;
	where: string;
	data: unknown;
}

export interface PageOptions extends HttpOptions {
	/** Query parameters for list requests (NWOpen filters, e.g. a ROR id). */
	query?: Record<string, string>;
	/** SIA: projects changed since this date. */
	since?: string;
	/** A safety bound: a register that keeps sending pages is stopped. */
	maxPages?: number;
}

const parse = (m: SourceMapping, text: string, where: string) => (m.format === 'csv' ? parseCsv(text, where, m.columns ?? []) : parseJson(text, where));

const withQuery = (url: string, query: Record<string, string | number | undefined>) => {
	const u = new URL(url);
	for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, String(v));
	return u.toString();
};

function loopGuard(max: number) {
	const seen = new Set<string>();
	return (url: string, where: string) => {
		if (seen.has(url))
			throw new ImportError(
				`${where}: de paginering loopt rond (${url} kwam al eerder)`,
				'Het register geeft een volgende pagina die al gelezen is; meld dit bij de beheerder.'
			);
		if (seen.size >= max) throw new ImportError(`${where}: meer dan ${max} pagina’s`, 'Beperk de import met een filter, of verhoog --max-paginas.');
		seen.add(url);
	};
}

export async function* fetchPages(m: SourceMapping, base: string, o: PageOptions): AsyncGenerator<Page> {
	const http = { ...o, keyEnv: m.keyEnv };
	for (const ep of m.endpoints) yield* fetchEndpoint(m, ep, `${base.replace(/\/+$/, '')}${ep.path}`, http);
}

async function* fetchEndpoint(m: SourceMapping, ep: Endpoint, url: string, o: PageOptions): AsyncGenerator<Page> {
	const guard = loopGuard(o.maxPages ?? 10_000);
	const get1 = async (u: string) => {
		const res = await httpGet(u, o);
		return { where: u, data: parse(m, res.text, u), status: res.status };
	};
	switch (ep.paging) {
		case 'single': {
			guard(url, url);
			const page = await get1(url);
			yield { endpoint: ep.name, ...page };
			return;
		}
		case 'links-next': {
			let next: string | undefined = withQuery(url, o.query ?? {});
			while (next) {
				guard(next, url);
				const page = await get1(next);
				yield { endpoint: ep.name, ...page };
				const link = str(get(page.data, 'links'), 'next');
				next = link ? new URL(link, next).toString() : undefined;
			}
			return;
		}
		case 'meta-pages': {
			for (let n = 1; ; n++) {
				const u = withQuery(url, { ...o.query, page: n });
				guard(u, url);
				const page = await get1(u);
				const meta = get(page.data, 'meta');
				const at = Number(get(meta, 'page') ?? n);
				if (at !== n)
					throw new ImportError(`${u}: vroeg pagina ${n}, kreeg pagina ${at}`, 'De paginering van het register loopt niet op; meld dit bij de beheerder.');
				yield { endpoint: ep.name, ...page };
				if (n >= Number(get(meta, 'pages') ?? 1)) return;
			}
		}
		case 'changed-then-detail': {
			let next: string | undefined = withQuery(`${url}/gewijzigd`, { ...o.query, sinds: o.since ?? '1900-01-01' });
			while (next) {
				guard(next, url);
				const list = await get1(next);
				for (const item of m.items(list.data, ep.name)) {
					const id = str(item, 'id');
					if (!id) {
						yield { endpoint: ep.name, where: list.where, data: item };
						continue;
					}
					const detail = `${url}/${encodeURIComponent(id)}`;
					const res = await httpGet(detail, { ...o, allow: [403, 404] });
					yield { endpoint: ep.name, where: detail, data: detailOf(m, id, res.status, res.text, detail) };
				}
				const link = str(list.data, 'volgende');
				next = link ? new URL(link, next).toString() : undefined;
			}
		}
	}
}

/** A detail response; 403 means deleted at the source, 404 that the list named a project that is not there. */
function detailOf(m: SourceMapping, id: string, status: number, text: string, where: string): unknown {
	if (status === 403) return { id, verwijderd: true };
	if (status === 404) return { id, ontbreekt: true };
	return parse(m, text, where);
}

/** Page files in a natural order (page-2 before page-10). */
const files = (dir: string, ext: string) =>
	readdirSync(dir)
		.filter((f) => f.toLowerCase().endsWith(ext) && statSync(join(dir, f)).isFile())
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
		.map((f) => join(dir, f));

const readPage = (m: SourceMapping, file: string) => parse(m, m.format === 'csv' ? decodeText(readFileSync(file)) : readFileSync(file, 'utf8'), file);

/**
 * Pages saved as files: a file, a folder of page files, or for a register with several endpoints a folder with a
 * subfolder per endpoint (publinova/parties/, publinova/projects/). SIA's folder holds the change lists, with the
 * project responses in projecten/<id>.json (a saved 403 answer, `{"status": 403}`, is a deleted project).
 */
export function* filePages(m: SourceMapping, from: string): Generator<Page> {
	if (!existsSync(from)) throw new ImportError(`${from} bestaat niet`, 'Geef met --from een bestand of map met pagina’s van het register.');
	const ext = m.format === 'csv' ? '.csv' : '.json';
	if (statSync(from).isFile()) {
		if (m.endpoints.length > 1)
			throw new ImportError(`${from}: ${m.label} heeft meerdere eindpunten`, `Geef een map met submappen ${m.endpoints.map((e) => e.name).join(' en ')}.`);
		yield { endpoint: m.endpoints[0].name, where: from, data: readPage(m, from) };
		return;
	}
	for (const ep of m.endpoints) {
		const dir = m.endpoints.length > 1 ? join(from, ep.name) : from;
		if (!existsSync(dir)) throw new ImportError(`${dir} bestaat niet`, `Zet de pagina’s van ${ep.path} in een map ${ep.name}/.`);
		const pages = files(dir, ext);
		if (!pages.length) throw new ImportError(`${dir} bevat geen ${ext}-bestanden`, 'Sla de antwoorden van het register op als bestanden, een per pagina.');
		for (const file of pages) {
			const data = readPage(m, file);
			if (ep.paging !== 'changed-then-detail') {
				yield { endpoint: ep.name, where: file, data };
				continue;
			}
			for (const item of m.items(data, ep.name)) {
				const id = str(item, 'id');
				const detail = id && join(dir, ep.name, `${basename(id)}.json`);
				if (!id || !detail) yield { endpoint: ep.name, where: file, data: item };
				else if (!existsSync(detail)) yield { endpoint: ep.name, where: detail, data: { id, ontbreekt: true } };
				else {
					const body = parseJson(readFileSync(detail, 'utf8'), detail);
					yield { endpoint: ep.name, where: detail, data: get(body, 'status') === 403 ? { id, verwijderd: true } : body };
				}
			}
		}
	}
}
