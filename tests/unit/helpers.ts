/** Builds throwaway content folders for loader tests. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function contentDir(files: Record<string, string | Uint8Array>): string {
	const root = mkdtempSync(join(tmpdir(), 'kennisgraaf-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** A small valid corpus: agenda → thema → gamechanger → kennisvraag ← project → lectoraat → organisatie. */
export const validFiles = (): Record<string, string> => ({
	'agenda/ka.md': '---\ntitel: Kennisagenda\nuitgever: NRO\njaar: 2022\nsamenvatting: De agenda.\n---\nZie [[t1]].\n',
	'thema/t1.md': '---\ntitel: Thema een\nagenda: ka\nnummer: 1\nsamenvatting: Over iets.\nbron: { document: ka, pagina: "12" }\n---\n',
	'gamechanger/g1.md': '---\ntitel: Gamechanger een\nthema: t1\nnummer: 1\nsectoren: [po]\nsamenvatting: Kans.\nbron: { document: ka }\n---\n',
	'kennisvraag/k1.md': '---\nvraag: Hoe werkt feedback?\nthema: t1\ngamechanger: g1\nbron: { document: ka }\n---\n',
	'organisatie/hs.md': '---\nnaam: Hogeschool Nergens\nsoort: hogeschool\nvoorbeeld: true\n---\n',
	'lectoraat/l1.md': '---\nnaam: Lectoraat Leren\nlectoren: [Lector A (fictief)]\nhogeschool: hs\nsamenvatting: Onderzoek.\nvoorbeeld: true\n---\n',
	'project/p1.md': [
		'---',
		'titel: Feedback in de klas',
		'start: 2024-09-01',
		'status: lopend',
		'lectoraten: [l1]',
		'kennisvragen: [k1]',
		'samenvatting: Een project.',
		'voorbeeld: true',
		'outputs:',
		'  - { titel: Rapport, jaar: 2025, type: rapport, url: "https://example.org/r" }',
		'---',
		'Bouwt op [[k1|de kennisvraag]] en [[l1]].',
		'',
		'<script>alert(1)</script><b onclick="x()">vet</b>',
		''
	].join('\n')
});
