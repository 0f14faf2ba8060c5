import { describe, expect, it } from 'vitest';
import { nodePage } from '../../src/lib/server/emit/node-page.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

const site = siteFrom({
	...base(),
	...project('pa', 'Project A', { kennisvragen: ['k1'], lectoraten: ['l1'] }, 'In groep 7 volgen we hoe [[k1]] in de praktijk uitpakt.'),
	...project('pb', 'Project B', { kennisvragen: ['k1'] }, 'Vragen:\n\n- [[k1]]\n- [[k2]]')
});

describe('the kennisvraag hub', () => {
	const items = () => nodePage(site, 'k1').hub!.projecten.groups.flatMap((g) => g.items);

	it('quotes what a working project’s own text says about the question', () => {
		const a = items().find((i) => i.id === 'pa')!;
		expect(a.quote?.before).toContain('In groep 7 volgen we hoe');
		expect(a.quote?.after).toContain('in de praktijk uitpakt');
	});

	it('leaves out a quote that is only the link itself', () => {
		expect(items().find((i) => i.id === 'pb')!.quote).toBeUndefined();
	});

	it('does not list a quoting project a second time under the text links', () => {
		const listed = nodePage(site, 'k1').sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)));
		expect(listed).not.toContain('pa');
	});
});
