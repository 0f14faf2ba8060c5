/**
 * npm run suggest            proposes, for every project, the kennisvragen and gamechangers its text most likely
 *                            works on, and stores them in its `suggesties` (shown as "Mogelijk relevant").
 * npm run suggest -- --review   goes through the open suggestions in a terminal: accept, reject or skip each.
 * Writes all files at once, or none. docs/importeren.md explains it.
 */
import { createInterface } from 'node:readline/promises';
import { contentRoot } from '../src/lib/server/config.ts';
import { assembleSite } from '../src/lib/server/graph/site-model.ts';
import { readExisting } from '../src/lib/server/import/content/existing.ts';
import { commit } from '../src/lib/server/import/content/write.ts';
import { ImportError } from '../src/lib/server/import/errors.ts';
import type { Change } from '../src/lib/server/import/plan.ts';
import { formatErrors } from '../src/lib/server/load/errors.ts';
import { loadContent } from '../src/lib/server/load/index.ts';
import { decide, fileText, suggestAll, type StoredSuggestion } from '../src/lib/server/suggest/store.ts';

const root = contentRoot();
const review = process.argv.includes('--review');

async function main(): Promise<number> {
	const { nodes, relations, errors } = loadContent(root);
	if (errors.length) {
		console.error(`${formatErrors(errors)}\nLos eerst deze fouten op (npm run check).`);
		return 1;
	}
	const site = assembleSite(nodes, relations);
	const files = readExisting(root);
	if (!review) {
		const { changes, suggested } = suggestAll(site, files);
		if (!process.argv.includes('--dry-run')) commit(root, changes);
		console.log(
			`${suggested} suggesties; ${changes.length} ${changes.length === 1 ? 'bestand' : 'bestanden'} ${process.argv.includes('--dry-run') ? 'zou(den) veranderen' : 'bijgewerkt'}. Beoordeel ze met npm run suggest -- --review.`
		);
		return 0;
	}
	// Never wait for input that cannot come: CI, a pipe or a scheduled job gets a message instead.
	if (!process.stdin.isTTY || !process.stdout.isTTY || process.env.CI) {
		console.error('npm run suggest -- --review vraagt om keuzes en werkt alleen in een terminal. Zonder terminal: bewerk "suggesties" in de bestanden zelf.');
		return 2;
	}
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const changes: Change[] = [];
	try {
		outer: for (const f of files) {
			let data = f.data;
			const open = (Array.isArray(data.suggesties) ? (data.suggesties as StoredSuggestion[]) : []).filter((s) => s.status !== 'afgewezen');
			for (const s of open) {
				const target = site.byId.get(s.doel);
				if (!target) continue;
				console.log(
					`\n${site.byId.get(f.id)?.title ?? f.id}\n  mogelijk relevant: ${target.title} (${target.type})\n  gedeelde woorden: ${(s.woorden ?? []).join(', ') || '–'}`
				);
				const answer = (await rl.question('  [a]ccepteren, [v]erwerpen, [o]verslaan of [s]toppen? ')).trim().toLowerCase();
				if (answer.startsWith('s')) break outer;
				if (answer.startsWith('a') || answer.startsWith('v')) data = decide(f, data, s.doel, target.type, answer.startsWith('a'));
			}
			if (data !== f.data) changes.push({ file: f.file, text: fileText(f, data) });
		}
	} finally {
		rl.close();
	}
	commit(root, changes);
	console.log(`${changes.length} ${changes.length === 1 ? 'bestand' : 'bestanden'} bijgewerkt.`);
	return 0;
}

try {
	process.exitCode = await main();
} catch (e) {
	console.error(e instanceof ImportError ? `${e.message}\n${e.hint}` : (e as Error).message);
	process.exitCode = 1;
}
