/**
 * Link suggestions: with the example projects' kennisvragen hidden, the scorer brings more of them back in its top 3
 * than the baseline (the most common kennisvragen of the project's thema), also on held-out cases never used to tune
 * it; suggestions are stored as suggestions, never as relations; accepting and rejecting work as the review says.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestionsOf } from '../../src/lib/server/emit/provenance.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { readExisting } from '../../src/lib/server/import/content/existing.ts';
import { commit } from '../../src/lib/server/import/content/write.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { heldOutCases, measure, siteCases } from '../../src/lib/server/suggest/measure.ts';
import { Suggester } from '../../src/lib/server/suggest/scorer.ts';
import { decide, suggestAll } from '../../src/lib/server/suggest/store.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const load = (root: string) => {
	const { nodes, relations, errors } = loadContent(root);
	expect(errors).toEqual([]);
	return assembleSite(nodes, relations);
};
const site = load(CONTENT);

describe('suggestion quality', () => {
	it('beats the thema baseline on the example projects (links hidden)', () => {
		const m = measure(site, siteCases(site));
		expect(m.suggester.cases).toBeGreaterThanOrEqual(25);
		expect(m.suggester.recallAt3).toBeGreaterThan(m.baseline.recallAt3);
		expect(m.suggester.mrr).toBeGreaterThan(m.baseline.mrr);
	});

	it('beats it on the held-out cases too', () => {
		const m = measure(site, heldOutCases(site, JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/suggest/held-out.json'), 'utf8'))));
		expect(m.suggester.recallAt3).toBeGreaterThan(m.baseline.recallAt3);
		expect(m.suggester.mrr).toBeGreaterThan(m.baseline.mrr);
	});

	it('finds a question through a compound and names the matched words', () => {
		const s = new Suggester([
			{ id: 'a', type: 'kennisvraag', text: 'Hoe ontstaat een cultuur waarin leraren elkaar om feedback vragen?' },
			{ id: 'b', type: 'kennisvraag', text: 'Wat helpt leraren bij rekenen in groep 5?' }
		]);
		expect(s.rank('Een project over de feedbackcultuur op de pabo')).toEqual([expect.objectContaining({ id: 'a', woorden: ['feedbackcultuur'] })]);
	});
});

describe('stored suggestions', () => {
	it('are written as suggesties, never become relations, and show as "Mogelijk relevant"', () => {
		const root = mkdtempSync(join(tmpdir(), 'kennisgraaf-suggest-'));
		cpSync(CONTENT, root, { recursive: true });
		const before = load(root);
		const { changes } = suggestAll(before, readExisting(root));
		commit(root, changes);
		const after = load(root);
		expect(after.relations).toEqual(before.relations);
		const project = after.of('project').find((p) => p.data.suggesties?.length)!;
		const shown = suggestionsOf(after, project);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.every((s) => !(project.data.kennisvragen ?? []).includes(s.id))).toBe(true);
		// Idempotent: the same content gives the same suggestions.
		expect(suggestAll(after, readExisting(root)).changes).toEqual([]);
	});

	it('accepting moves the target into its field; rejecting keeps it out of later runs', () => {
		const file = { id: 'p', type: 'project', file: 'project/p.md', body: '', data: {} };
		const data = { titel: 'T', suggesties: [{ doel: 'kv-a', woorden: ['a'] }, { doel: 'gc-b' }] };
		expect(decide(file, data, 'kv-a', 'kennisvraag', true)).toEqual({ titel: 'T', kennisvragen: ['kv-a'], suggesties: [{ doel: 'gc-b' }] });
		expect(decide(file, data, 'gc-b', 'gamechanger', false).suggesties).toEqual([
			{ doel: 'kv-a', woorden: ['a'] },
			{ doel: 'gc-b', status: 'afgewezen' }
		]);
	});
});
