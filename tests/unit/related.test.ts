import { describe, expect, it } from 'vitest';
import { computeRelated, joinNl, relatedFor } from '../../src/lib/server/graph/related.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

const site = siteFrom({
	...base(),
	...project('p0', 'Feedback in de brugklas', { kennisvragen: ['k1', 'k2'], lectoraten: ['l1'], partners: ['o1'] }, 'Bouwt voort op [[pg]].'),
	...project('pa', 'Leerlingen en motivatie', { kennisvragen: ['k1', 'k2'], lectoraten: ['l1'] }),
	...project('pb', 'Lesobservaties', { kennisvragen: ['k1'], partners: ['o1'] }),
	...project('pc', 'Een gamechangerproject', { gamechangers: ['g1'] }),
	...project('pd', 'Een themaproject', { themas: ['t1'] }),
	...project('pe', 'Feedback geven in de brugklas', { kennisvragen: ['k3'] }),
	...project('pf', 'Schoolgebouwen en ventilatie', { kennisvragen: ['k3'], lectoraten: ['l2'] }),
	...project('pg', 'Een voorganger', { kennisvragen: ['k4'] })
});
const related = computeRelated(site.nodes, site.relations);
const group = (id: string, type: string) => related.get(id)!.find((g) => g.type === type)!.items;

describe('related projects', () => {
	it('gives each node the same items when asked one at a time, in any order, as the whole-corpus pass', () => {
		const fresh = { nodes: site.nodes, relations: site.relations };
		for (const node of [...site.nodes].reverse()) expect(relatedFor(fresh, node.id)).toEqual(related.get(node.id));
		expect(relatedFor(fresh, 'geen-knoop')).toEqual([]);
	});

	const items = group('p0', 'project');
	const ids = items.map((i) => i.id);

	it('ranks more shared kennisvragen, lectoraten and partners above a shared gamechanger; a shared theme alone is left out when more specific ones exist', () => {
		expect(ids.indexOf('pa')).toBe(0);
		expect(ids.indexOf('pa')).toBeLessThan(ids.indexOf('pb'));
		expect(ids.indexOf('pb')).toBeLessThan(ids.indexOf('pc'));
		expect(ids).not.toContain('pd');
		expect(items.map((i) => i.score)).toEqual([...items.map((i) => i.score)].sort((a, b) => b - a));
	});

	it('explains each item in Dutch, naming a single shared node and counting several', () => {
		const reason = (id: string) => items.find((i) => i.id === id)?.reason;
		expect(reason('pa')).toBe('deelt 2 kennisvragen en Lectoraat Leren');
		expect(reason('pb')).toBe('deelt kennisvraag ‘Hoe geven leraren feedback?’ en organisatie School Een');
		// A shared kennisvraag implies its gamechanger and theme: only the most specific level is named.
		expect(reason('pc')).toBe('deelt gamechanger Feedback');
	});

	it('lists items sharing only a theme when nothing more specific exists, and says so', () => {
		const lonely = siteFrom({
			...base(),
			...project('q0', 'Schoolgebouwen en ventilatie', { themas: ['t2'] }),
			...project('q1', 'Ouders op het schoolplein', { themas: ['t2'] })
		});
		const items = computeRelated(lonely.nodes, lonely.relations)
			.get('q0')!
			.find((g) => g.type === 'project')!.items;
		expect(items.map((i) => [i.id, i.reason])).toEqual([['q1', 'deelt alleen thema Leraren; niets specifiekers gevonden']]);
	});

	it('names the most specific shared thing first', () => {
		for (const item of items) expect(item.reason).not.toMatch(/^deelt (thema|gamechanger) .* en (\d+ )?(kennisvra|lectora|project)/);
	});

	it('finds a project with a similar text but no shared neighbour, and says which words', () => {
		expect(items.find((i) => i.id === 'pe')?.reason).toMatch(/^vergelijkbare woorden: (brugklas, feedback|feedback, brugklas)/);
	});

	it('includes a project the text links to, and leaves out unrelated ones', () => {
		expect(items.find((i) => i.id === 'pg')?.reason).toContain('deze pagina verwijst ernaar');
		expect(group('pg', 'project').find((i) => i.id === 'p0')?.reason).toContain('verwijst naar deze pagina');
		expect(ids).not.toContain('pf');
		expect(ids).not.toContain('p0');
	});

	it('carries what the page needs to link', () => {
		expect(items[0]).toMatchObject({ id: 'pa', type: 'project', title: 'Leerlingen en motivatie', url: '/project/pa/' });
	});
});

describe('related items of other types', () => {
	it('a kennisvraag gets related kennisvragen, and projects that work on related questions but not on this one', () => {
		const vragen = group('k1', 'kennisvraag');
		expect(vragen[0]).toMatchObject({ id: 'k2' });
		expect(vragen[0].reason).toMatch(/^deelt 2 projecten en gamechanger Feedback/);
		const projects = group('k1', 'project').map((i) => i.id);
		expect(projects).toContain('pc');
		// Projects naming k1 are already listed on its page.
		for (const direct of ['p0', 'pa', 'pb']) expect(projects).not.toContain(direct);
	});

	it('a lectoraat gets lectoraten sharing its hogeschool', () => {
		expect(group('l1', 'lectoraat')).toEqual([expect.objectContaining({ id: 'l2', reason: 'deelt organisatie Hogeschool Nergens' })]);
	});

	it('every node has a group of its own type', () => {
		for (const n of site.nodes) expect(related.get(n.id)!.map((g) => g.type)).toContain(n.type);
	});
});

describe('cost', () => {
	it('a hub shared by every node does not make the work quadratic', () => {
		const n = 120;
		const files: Record<string, string> = base();
		for (let i = 0; i < n; i++) Object.assign(files, project(`h${i}`, `Project nummer ${i}`, { themas: ['t1'] }));
		const big = siteFrom(files);
		const stats = { candidates: 0 };
		const cap = 10;
		const result = computeRelated(big.nodes, big.relations, { cap, stats });
		// All pairs would be n·(n−1) = 14280 candidates; with the cap each node scores at most `cap` (+ a few via text).
		expect(stats.candidates).toBeLessThan(big.nodes.length * cap * 2);
		// Only the hub in common: still some related projects, through a slice of the hub.
		expect(result.get('h0')!.find((g) => g.type === 'project')!.items.length).toBeGreaterThan(0);
	});
});

describe('joinNl', () => {
	it('joins like Dutch prose', () => {
		expect(joinNl(['a'])).toBe('a');
		expect(joinNl(['a', 'b'])).toBe('a en b');
		expect(joinNl(['a', 'b', 'c'])).toBe('a, b en c');
	});
});

describe('npm run dev: the related items after an edit', () => {
	const files = () => ({
		...base(),
		...project('pa', 'Leerlingen en motivatie', { kennisvragen: ['k1'] }, 'Een alinea over de aanpak.'),
		...project('pb', 'Motivatie van leerlingen', { kennisvragen: ['k1'] }),
		...project('pc', 'Lesobservaties', { kennisvragen: ['k2'] })
	});
	const edited = (change: (f: Record<string, string>) => void) => {
		const f = files();
		change(f);
		return siteFrom(f);
	};
	const carried = (change: (f: Record<string, string>) => void) => {
		const before = siteFrom(files());
		const shown = relatedFor(before, 'pa');
		const loaded = edited(change);
		const after = assembleSite(loaded.nodes, loaded.relations, before);
		return { shown, after, now: relatedFor(after, 'pa') };
	};

	it('are those from before the edit, not computed again, when the edit changed only a body', () => {
		const { shown, now, after } = carried((f) => (f['project/pa.md'] = f['project/pa.md'].replace('de aanpak', 'de nieuwe aanpak')));
		expect(now).toBe(shown);
		expect(now).toEqual(computeRelated(after.nodes, after.relations).get('pa'));
	});

	it('are computed again when a title, a field or a relation changed', () => {
		const changes: ((f: Record<string, string>) => void)[] = [
			(f) => (f['project/pb.md'] = f['project/pb.md'].replace('titel: Motivatie van leerlingen', 'titel: Motivatie in de klas')),
			(f) => (f['project/pc.md'] = f['project/pc.md'].replace('status: lopend', 'status: afgerond')),
			(f) => (f['project/pc.md'] = f['project/pc.md'].replace('kennisvragen: [k2]', 'kennisvragen: [k1]'))
		];
		for (const change of changes) {
			const probe = files();
			change(probe);
			expect(probe).not.toEqual(files());
			const { shown, now, after } = carried(change);
			expect(now).not.toBe(shown);
			expect(now).toEqual(computeRelated(after.nodes, after.relations).get('pa'));
		}
	});
});
