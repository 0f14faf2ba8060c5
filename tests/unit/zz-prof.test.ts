import { it } from 'vitest';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { assembleSite } from '../../src/lib/server/graph/site-model.ts';
import { relatedFor } from '../../src/lib/server/graph/related.ts';

it('profiles', async () => {
	const root = process.env.PROF_CONTENT!;
	loadContent(root, { base: '', cache: 'memory' });
	const changed = new Set(['project/adaptieve-leermiddelen-en-executieve-functies.md']);
	const s = new Session();
	s.connect();
	await s.post('Profiler.enable');
	await s.post('Profiler.start');
	for (let i = 0; i < 3; i++) {
		let t = performance.now();
		const r = loadContent(root, { base: '', cache: 'memory', changed });
		const a = performance.now() - t; t = performance.now();
		const site = assembleSite(r.nodes, r.relations);
		const b = performance.now() - t; t = performance.now();
		relatedFor(site, site.nodes[0].id);
		console.log('load', Math.round(a), 'assemble', Math.round(b), 'related', Math.round(performance.now() - t));
	}
	const { profile } = await s.post('Profiler.stop');
	writeFileSync('/tmp/prof/dev.cpuprofile', JSON.stringify(profile));
}, 600000);
