/**
 * npm run bench:suggest
 * The quality of the link suggestions (src/lib/server/suggest/): the example projects' kennisvragen hidden, and the
 * held-out cases of tests/fixtures/suggest/held-out.json (never used to tune), each against the baseline of the most
 * common kennisvragen of the project's thema. Prints recall@3 and MRR of both, and the scorer's time per project.
 */
import { readFileSync } from 'node:fs';
import { assembleSite } from '../src/lib/server/graph/site-model.ts';
import { loadContent } from '../src/lib/server/load/index.ts';
import { heldOutCases, measure, siteCases, type Measurement } from '../src/lib/server/suggest/measure.ts';

const { nodes, relations, errors } = loadContent('content');
if (errors.length) throw new Error(`${errors.length} content errors`);
const site = assembleSite(nodes, relations);
const fmt = (label: string, m: Measurement) =>
	[
		`${label} (${m.suggester.cases} projecten)`,
		`  suggesties: recall@3 ${m.suggester.recallAt3.toFixed(3)}, MRR ${m.suggester.mrr.toFixed(3)}`,
		`  baseline (meest genoemde kennisvraag van het thema): recall@3 ${m.baseline.recallAt3.toFixed(3)}, MRR ${m.baseline.mrr.toFixed(3)}`
	].join('\n');

const cases = siteCases(site);
const started = performance.now();
const examples = measure(site, cases);
const ms = performance.now() - started;
console.log(fmt('Voorbeeldprojecten, kennisvragen verborgen', examples));
console.log(fmt('Achtergehouden gevallen', measure(site, heldOutCases(site, JSON.parse(readFileSync('tests/fixtures/suggest/held-out.json', 'utf8'))))));
console.log(`Tijd: ${(ms / cases.length).toFixed(1)} ms per project (index en baseline inbegrepen).`);
