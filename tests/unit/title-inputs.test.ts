/**
 * A second build after a title edit keeps every node page whose body and title inputs did not change, without
 * computing its data (src/lib/server/reuse/title-inputs.ts). That is only right if a node page names no node outside
 * the set those inputs cover: here titles of every kind of node are edited, one after the other, in the shipped
 * content and in a generated corpus (whose lists are long enough to be cut and sorted), and every page's data is
 * compared before and after each edit. A page whose data changed must be one whose inputs changed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputHash } from '../../scripts/page-record.js';
import { getType } from '../../src/lib/registry/registry.ts';
import { assembleSite, frameHash, shapeHash, type Site } from '../../src/lib/server/graph/site-model.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { nodeDocumentData } from '../../src/lib/server/node-document-data.ts';
import { bodyInputs } from '../../src/lib/server/reuse/body-inputs.ts';
import { namedTitles, titleInputs } from '../../src/lib/server/reuse/title-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-title-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function load(dir: string): Site {
	const { nodes, relations, errors } = loadContent(dir);
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
}

/**
 * Each page's data hash and its inputs. The related items are left out of both: they are in the title inputs as
 * computed, and since a title edit changes the text similarity of many pages, they would hide a page that names a
 * title the inputs miss.
 */
function state(site: Site) {
	const [bodies, named] = [bodyInputs(site), namedTitles(site)];
	const withoutRelated = (id: string) => ({ ...nodeDocumentData(site, id), related: undefined });
	return new Map(site.nodes.map((n) => [n.id, { data: inputHash(withoutRelated(n.id)), inputs: `${bodies.get(n.id)} ${named.get(n.id)}` }]));
}

/** A file's title field (the registry's titleField: `titel`, a kennisvraag's `vraag`, an organisation's `naam`) set to `title`. */
function retitle(dir: string, file: string, title: string) {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const key = getType(file.split('/')[0])!.titleField;
	const next = text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${JSON.stringify(title)}`);
	expect(next).not.toBe(text);
	writeFileSync(path, next);
}

/**
 * Edits the titles of `files` one at a time, and after each edit checks that every page whose data changed had its
 * inputs changed. Returns, per edit, how many pages the inputs sent to be computed again and how many changed.
 */
function checkEdits(dir: string, files: string[], title: (file: string, i: number) => string) {
	let site = load(dir);
	let before = state(site);
	const counts: { file: string; computed: number; changed: number }[] = [];
	files.forEach((file, i) => {
		retitle(dir, file, title(file, i));
		const next = load(dir);
		expect(frameHash(next), file).toBe(frameHash(site));
		expect(shapeHash(next), file).not.toBe(shapeHash(site));
		const after = state(next);
		const changed = [...after].filter(([id, s]) => s.data !== before.get(id)!.data).map(([id]) => id);
		const computed = [...after].filter(([id, s]) => s.inputs !== before.get(id)!.inputs).map(([id]) => id);
		expect(changed.length, file).toBeGreaterThan(0);
		expect(
			changed.filter((id) => !computed.includes(id)),
			`pagina’s die veranderden zonder dat hun invoer veranderde, na de titel van ${file}`
		).toEqual([]);
		counts.push({ file, computed: computed.length, changed: changed.length });
		[site, before] = [next, after];
	});
	return counts;
}

/**
 * Files whose titles reach pages in different ways: a project, a hogeschool (named in the facts of its lectoraten's
 * projects, two steps away), a lectoraat, a kennisvraag with siblings under its gamechanger, a gamechanger (on the
 * agenda's page, two levels down), a thema, an agenda, a partnerschap and an agendapunt.
 */
function chosen(dir: string): string[] {
	const site = load(dir);
	const lectoraat = site.of('lectoraat').find((l) => l.data.hogeschool)!;
	const sibling = site
		.of('kennisvraag')
		.find((k) => k.data.gamechanger && site.of('kennisvraag').some((o) => o !== k && o.data.gamechanger === k.data.gamechanger))!;
	const picked = [
		site.of('project')[0],
		site.byId.get(lectoraat.data.hogeschool)!,
		lectoraat,
		sibling,
		site.of('gamechanger')[0],
		site.of('thema')[0],
		site.of('agenda')[0],
		site.of('partnerschap')[0],
		site.of('agendapunt')[0]
	];
	return picked.flatMap((n) => (n ? [n.file] : []));
}

describe('what a node page shows of titles', () => {
	it('covers every change a title edit makes to any page’s data, in the shipped content', () => {
		const dir = join(root, 'shipped');
		cpSync('content', dir, { recursive: true });
		// Nodes that reach a page only one way: a second kennisvraag under a gamechanger (the first one's page lists it as
		// a sibling, and it the first), a gamechanger of its own (the agenda's page shows it, two levels down), and a
		// suggestion, which names a kennisvraag by id in a field that is no relation (the project's page shows its title).
		const write = (file: string, lines: string[]) => writeFileSync(join(dir, file), `---\n${lines.join('\n')}\n---\nTekst.\n`);
		write('kennisvraag/kv-toets-tweede.md', [
			'vraag: "Een tweede vraag?"',
			'thema: kennis-en-vaardigheden-van-leerlingen',
			'gamechanger: gc-curriculumherziening-po',
			'bron: { document: kennisagenda, pagina: "13" }'
		]);
		write('gamechanger/gc-toets-eigen.md', [
			'titel: "Een eigen gamechanger"',
			'thema: kennis-en-vaardigheden-van-leerlingen',
			'nummer: 99',
			'samenvatting: "Een samenvatting."',
			'bron: { document: kennisagenda, pagina: "13" }'
		]);
		const site = load(dir);
		const [project] = site.of('project');
		const reach = new Set(site.graph.outNeighbors(project.id).flatMap((a) => [a, ...site.graph.outNeighbors(a)]));
		const suggested = site.of('kennisvraag').find((k) => !reach.has(k.id) && !site.graph.inNeighbors(k.id).some((m) => reach.has(m)))!;
		const text = readFileSync(join(dir, project.file), 'utf8');
		writeFileSync(join(dir, project.file), text.replace('\n---', `\nsuggesties:\n  - doel: ${suggested.id}\n    woorden: [toets]\n    status: open\n---`));
		const files = [...new Set([...chosen(dir), suggested.file, 'gamechanger/gc-toets-eigen.md'])];
		// A title that sorts first, one that sorts last, and words no other node uses (its related items change).
		const counts = checkEdits(dir, files, (file, i) => [`Aaa ${file}`, `Zzz ${file}`, `Zonnepanelen en kikkers ${i}`][i % 3]);
		// A project's title is named on a few pages, not on all: the point of the inputs.
		expect(counts[0].computed).toBeLessThan(site.nodes.length / 3);
	});

	it('covers every change in a generated corpus, where lists are long and cut', () => {
		const dir = join(root, 'generated');
		execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-corpus.ts', '--nodes', '400', '--out', dir, '--seed', 'titles']);
		const files = chosen(dir);
		const counts = checkEdits(dir, files, (file, i) => (i % 2 ? `Aaa ${i}` : `Zzz ${i} ${file}`));
		expect(counts[0].computed).toBeLessThan(400 / 3);
	});

	it('includes the related items, which every title can move', () => {
		const site = load('content');
		const [named, inputs] = [namedTitles(site), titleInputs(site)];
		expect(new Set(inputs.values()).size).toBe(site.nodes.length);
		expect([...named.keys()]).toEqual([...inputs.keys()]);
	});
});
