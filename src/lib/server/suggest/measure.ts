/**
 * How good the suggestions are: hide each example project's kennisvragen and see how many come back in the top 3
 * (recall@3) and how high the first one ranks (MRR), against a baseline that knows the project's thema and proposes
 * the kennisvragen of that thema that other projects name most. Also on held-out cases (tests/fixtures/suggest/).
 */
import type { Site } from '../site.ts';
import { Suggester } from './scorer.ts';
import { nodeText, targetsFor } from './texts.ts';

export interface Case {
	label: string;
	text: string;
	/** The kennisvragen the project works on: what should come back. */
	relevant: string[];
	/** The project's thema ids, which the baseline gets. */
	themas: string[];
	/** A project of the site: left out of the baseline's counts. */
	self?: string;
}

export interface Scores {
	cases: number;
	recallAt3: number;
	mrr: number;
}

export interface Measurement {
	suggester: Scores;
	baseline: Scores;
}

function score(rankings: { ranking: string[]; relevant: string[] }[]): Scores {
	let recall = 0;
	let rr = 0;
	for (const { ranking, relevant } of rankings) {
		recall += relevant.filter((id) => ranking.slice(0, 3).includes(id)).length / relevant.length;
		const first = ranking.findIndex((id) => relevant.includes(id));
		rr += first < 0 ? 0 : 1 / (first + 1);
	}
	const n = Math.max(1, rankings.length);
	return { cases: rankings.length, recallAt3: recall / n, mrr: rr / n };
}

/** The example projects with kennisvragen, as cases. */
export function siteCases(site: Site): Case[] {
	return site
		.of('project')
		.filter((p) => p.data.kennisvragen?.length)
		.map((p) => {
			// The text without the relations being guessed: those are not in the text fields anyway.
			return { label: p.id, self: p.id, text: nodeText(p), relevant: [...p.data.kennisvragen!], themas: [...(p.data.themas ?? [])] };
		});
}

export function measure(site: Site, cases: Case[]): Measurement {
	const suggester = new Suggester(targetsFor(site, 'project'));
	const vragen = site.of('kennisvraag');
	const themaOf = new Map(vragen.map((k) => [k.id, k.data.thema]));
	const baselineRanking = (c: Case) => {
		const counts = new Map<string, number>(vragen.map((k) => [k.id, 0]));
		for (const p of site.of('project')) if (p.id !== c.self) for (const k of p.data.kennisvragen ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
		const inThema = (id: string) => (c.themas.includes(themaOf.get(id)!) ? 1 : 0);
		// Stable sort: ties keep agenda order.
		return vragen.map((k) => k.id).sort((a, b) => inThema(b) - inThema(a) || counts.get(b)! - counts.get(a)!);
	};
	return {
		suggester: score(cases.map((c) => ({ ranking: suggester.rank(c.text, ['kennisvraag']).map((s) => s.id), relevant: c.relevant }))),
		baseline: score(cases.map((c) => ({ ranking: baselineRanking(c), relevant: c.relevant })))
	};
}

/** Held-out cases from their file; the baseline gets the thema of the first expected kennisvraag. */
export function heldOutCases(site: Site, file: { cases: { titel: string; tekst: string; kennisvragen: string[] }[] }): Case[] {
	return file.cases.map((c) => {
		const first = site.byId.get(c.kennisvragen[0]);
		const thema = first?.type === 'kennisvraag' ? first.data.thema : undefined;
		return { label: c.titel, text: `${c.titel}\n${c.tekst}`, relevant: c.kennisvragen, themas: thema ? [thema] : [] };
	});
}
