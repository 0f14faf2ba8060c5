/**
 * One import: the register's pages (API or files) → the mapping (src/lib/registry/imports/) → a plan against the
 * content folder → written all at once, or shown only (dry run). `scripts/import.ts` is the command around it.
 */
import { mappingOf, MAPPINGS } from '../../registry/imports/index.ts';
import { readExisting } from './content/existing.ts';
import { commit } from './content/write.ts';
import { ImportError } from './errors.ts';
import { plan, type Change } from './plan.ts';
import type { Report } from './report.ts';
import { fetchPages, filePages, type Page, type PageOptions } from './sources/pages.ts';

export interface ImportOptions extends PageOptions {
	source: string;
	root: string;
	from?: string;
	url?: string;
	dryRun?: boolean;
	personen?: boolean;
	/** The day of the import, YYYY-MM-DD; today by default. */
	today?: string;
}

export interface ImportResult {
	report: Report;
	changes: Change[];
}

export async function runImport(o: ImportOptions): Promise<ImportResult> {
	const m = mappingOf(o.source);
	if (!m) throw new ImportError(`onbekende bron "${o.source}"`, `Kies een van: ${Object.keys(MAPPINGS).join(', ')}.`);
	if (o.from && o.url) throw new ImportError('--from en --url samen', 'Lees uit bestanden (--from) of uit de API (--url), niet allebei.');
	const existing = readExisting(o.root);
	const key = m.keyEnv ? process.env[m.keyEnv] : undefined;
	if (!o.from && m.keyEnv && !key && !o.url)
		throw new ImportError(`${m.label} vraagt een API-sleutel`, `Zet de sleutel in ${m.keyEnv}, of lees opgeslagen pagina’s met --from (docs/importeren.md).`);
	// Everything is read before anything is planned: a bad page stops the import before a file changes.
	const pages: Page[] = [];
	if (o.from) for (const p of filePages(m, o.from)) pages.push(p);
	else for await (const p of fetchPages(m, o.url ?? m.baseUrl, { ...o, key })) pages.push(p);
	const today = o.today ?? new Date().toISOString().slice(0, 10);
	const complete = !o.since && !Object.keys(o.query ?? {}).length && m.endpoints.every((e) => e.paging !== 'changed-then-detail');
	const result = plan(m, existing, pages, { today, personen: o.personen ?? false, complete });
	if (!o.dryRun) commit(o.root, result.changes);
	return result;
}
