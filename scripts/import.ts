/**
 * npm run import -- <bron> [--from FILE|DIR] [--url URL] [--dry-run] [--json] [--personen] [--sinds DATUM]
 *                          [--filter sleutel=waarde] [--datum DATUM]
 * Brings a register's records into the content folder (KENNISGRAAF_CONTENT), as Markdown files with their herkomst.
 * Never asks anything, so it runs the same in a terminal, in CI and on a schedule. docs/importeren.md explains it.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/server/config.ts';
import { ImportError } from '../src/lib/server/import/errors.ts';
import { formatReport } from '../src/lib/server/import/report.ts';
import { runImport } from '../src/lib/server/import/run.ts';
import { MAPPINGS } from '../src/lib/registry/imports/index.ts';

const USAGE = `Gebruik: npm run import -- <bron> [--from bestand|map] [--url adres] [--dry-run] [--json] [--personen] [--sinds JJJJ-MM-DD] [--filter sleutel=waarde] [--datum JJJJ-MM-DD]
Bronnen: ${Object.keys(MAPPINGS).join(', ')}. Uitleg: docs/importeren.md.`;

async function main(): Promise<number> {
	let args;
	try {
		args = parseArgs({
			allowPositionals: true,
			options: {
				from: { type: 'string' },
				url: { type: 'string' },
				'dry-run': { type: 'boolean' },
				json: { type: 'boolean' },
				personen: { type: 'boolean' },
				sinds: { type: 'string' },
				datum: { type: 'string' },
				filter: { type: 'string', multiple: true },
				'max-paginas': { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		console.error(`${(e as Error).message}\n${USAGE}`);
		return 2;
	}
	const { values: v, positionals } = args;
	if (v.help || positionals.length !== 1) {
		(v.help ? console.log : console.error)(USAGE);
		return v.help ? 0 : 2;
	}
	const date = /^\d{4}-\d{2}-\d{2}$/;
	for (const [name, value] of [
		['--sinds', v.sinds],
		['--datum', v.datum]
	] as const)
		if (value !== undefined && !date.test(value)) {
			console.error(`${name} moet een datum zijn als JJJJ-MM-DD, niet "${value}".`);
			return 2;
		}
	const query: Record<string, string> = Object.create(null);
	for (const f of v.filter ?? []) {
		const [key, ...rest] = f.split('=');
		if (!key || !rest.length) {
			console.error(`--filter verwacht sleutel=waarde, niet "${f}".`);
			return 2;
		}
		query[key] = rest.join('=');
	}
	try {
		const { report, changes } = await runImport({
			source: positionals[0],
			root: contentRoot(),
			from: v.from,
			url: v.url,
			dryRun: v['dry-run'],
			personen: v.personen,
			since: v.sinds,
			today: v.datum,
			query,
			maxPages: v['max-paginas'] ? Number(v['max-paginas']) : undefined,
			log: (line) => console.error(line)
		});
		if (v.json) console.log(JSON.stringify({ ...report, files: changes.map((c) => c.file), dryRun: Boolean(v['dry-run']) }, null, 2));
		else console.log(formatReport(report, { dryRun: Boolean(v['dry-run']), files: changes.length }));
		return 0;
	} catch (e) {
		if (e instanceof ImportError) {
			console.error(`Import afgebroken, er is niets geschreven: ${e.message}\n${e.hint}`);
			return 1;
		}
		console.error(`Import afgebroken, er is niets geschreven: ${(e as Error).message}`);
		return 1;
	}
}

process.exitCode = await main();
