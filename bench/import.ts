/**
 * npm run bench:import [-- --records 10000]
 * Times `npm run import` on a generated NWOpen export of N projects (100 a page, each with two member organisations
 * out of 200) into a copy of the shipped content: the first import (all new), and a second one of the same pages
 * (all unchanged, no file written). Reports wall time, records per second and the peak memory of the process.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../src/lib/server/import/run.ts';
import { machine, option } from './lib/cli.ts';

const n = Number(option('records', '10000'));
const work = mkdtempSync(join(tmpdir(), 'kennisgraaf-bench-import-'));
const pagesDir = join(work, 'nwopen');
mkdirSync(pagesDir);
const perPage = 100;
const pages = Math.ceil(n / perPage);
const words = [
	'lezen',
	'rekenen',
	'feedback',
	'inclusie',
	'techniek',
	'ouders',
	'burgerschap',
	'digitale',
	'geletterdheid',
	'werkdruk',
	'leiderschap',
	'zij-instromers'
];
for (let p = 0; p < pages; p++) {
	const projects = Array.from({ length: Math.min(perPage, n - p * perPage) }, (_, i) => {
		const k = p * perPage + i;
		const org = (j: number) => ({
			role: 'Co-applicant',
			first_name: 'X',
			last_name: 'Y',
			organisation: `Instelling ${(k * 7 + j) % 200}||Faculteit`,
			ror: `https://ror.org/0bench${String((k * 7 + j) % 200).padStart(3, '0')}`
		});
		return {
			project_id: `40.5.${100000 + k}`,
			title: `Project ${k} over ${words[k % words.length]} en ${words[(k * 5) % words.length]}`,
			funding_scheme: `Regeling ${k % 9}`,
			start_date: `${2015 + (k % 10)}-09-01T00:00:00`,
			end_date: `${2019 + (k % 10)}-08-31T00:00:00`,
			summary_nl: `<p>Dit project onderzoekt ${words[k % words.length]} in het ${['po', 'vo', 'mbo'][k % 3]}.</p> Het werkt met scholen aan ${words[(k * 3) % words.length]}.`,
			project_members: [org(0), org(1)],
			products: []
		};
	});
	writeFileSync(join(pagesDir, `page-${p + 1}.json`), JSON.stringify({ meta: { count: n, page: p + 1, pages, per_page: perPage }, projects }));
}
const root = join(work, 'content');
cpSync('content', root, { recursive: true });

const time = async (label: string) => {
	const started = performance.now();
	const { report, changes } = await runImport({ source: 'nwopen', root, from: pagesDir, today: '2026-11-30' });
	const ms = performance.now() - started;
	console.log(
		`${label}: ${(ms / 1000).toFixed(1)} s, ${Math.round(report.records / (ms / 1000))} records/s; toegevoegd ${report.added.length}, ongewijzigd ${report.unchanged}, ${changes.length} bestanden geschreven`
	);
};
console.log(`Import van ${n} NWOpen-records (${pages} pagina’s) in een kopie van content/ (${machine()})`);
await time('eerste import');
await time('tweede import (zelfde pagina’s)');
console.log(`Piekgeheugen (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
rmSync(work, { recursive: true, force: true });
