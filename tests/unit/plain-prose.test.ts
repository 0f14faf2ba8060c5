import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/server/load/markdown.ts';
import { plainProse } from '../../src/lib/server/load/plain-prose.ts';

/** p1 and p2 exist (p2 with a title the serializer escapes), anything else is a missing page. */
const TITLES: Record<string, string> = { p1: 'Titel één', p2: 'Lezen & schrijven <samen>' };
const resolver = { href: (id: string) => (TITLES[id] ? `/project/${id}/` : undefined), title: (id: string) => TITLES[id] };
const plainProseHtml = (body: string) => plainProse(body, resolver, 500)?.html;

/** Whenever the fast path answers, it answers what the full pipeline gives: the same HTML and the same links. */
const agrees = (body: string) => {
	const fast = plainProse(body, resolver, 500);
	if (fast) {
		const full = renderMarkdown(body, resolver, Infinity, { fastPath: false });
		expect(fast.html, JSON.stringify(body)).toBe(full.html);
		expect(fast.links, JSON.stringify(body)).toEqual(full.links);
	}
	return fast !== undefined;
};

describe('plain-prose fast path', () => {
	it('takes plain paragraphs, as the generated corpus writes them, and renders them as the full pipeline does', () => {
		for (const body of [
			'Een klankbordgroep van ouders denkt mee over adaptieve leermiddelen. In de havo-bovenbouw verzamelen zij voorbeelden.',
			'Eerste alinea.\nMet een tweede regel.\n\nTweede alinea: met een dubbele punt, "aanhalingstekens" en ’quotes’.\n',
			'\n\nNa lege regels.\n\n\n',
			'Één école (2024) kost € 5; 50% ervan? Ja!',
			'Werkt samen met [[p1]] aan lezen.',
			'Eerste regel met [[p1|een label]],\nen [[onbekend]] op regel twee.\n\n[[p1]] opent een alinea.'
		])
			expect(agrees(body)).toBe(true);
	});

	it('leaves anything with syntax to the full pipeline', () => {
		for (const body of [
			'- een lijst',
			'1. genummerd',
			'2) genummerd',
			'# Kop',
			'Kop\n===',
			'Kop\n---',
			'> citaat',
			'    code',
			'\tcode',
			'regel met harde  \nbreuk',
			'regel met spatie \nerna',
			'*nadruk*',
			'_nadruk_',
			'`code`',
			'[[p2]] (a title the serializer escapes)',
			'[[p1|*nadruk*]]',
			'[[p1|www.example.org]]',
			// Found by the random test below: a wiki-link right before "(" or "[" is the text of a Markdown link.
			'[[nergens]]()',
			'[[p1]](a)',
			'[[p1]][b]',
			'[link](https://example.org)',
			'<b>html</b>',
			'&amp; entiteit',
			'a \\* b',
			'a | b\n:-|-:',
			'~~weg~~',
			'zie www.example.org',
			'zie https://example.org',
			'mail a@b.nl',
			'mailto:a',
			'+ plus',
			'r\u0000nul',
			'windows\r\nregels'
		])
			expect(plainProseHtml(body), JSON.stringify(body)).toBeUndefined();
	});

	it('agrees with the full pipeline on random text made of prose and syntax characters', () => {
		const alphabet = fc.constantFrom(
			...'aZ é0 1.\n\n-+*_#>=|~:@/w()!?"\'’\t\\&<[]`'.split(''),
			'www.',
			'http://',
			'  \n',
			' \n',
			'[[p1]]',
			'[[p1|label]]',
			'[[ p1 | twee woorden ]]',
			'[[nergens]]',
			'[[p2]]',
			'[[',
			']]',
			'|'
		);
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
				agrees(parts.join(''));
			}),
			{ numRuns: 1500 }
		);
	});

	it('agrees on every body of the shipped content', () => {
		let taken = 0;
		for (const type of readdirSync('content'))
			for (const name of readdirSync(`content/${type}`).filter((f) => f.endsWith('.md'))) {
				const text = readFileSync(`content/${type}/${name}`, 'utf8');
				const body = text.replace(/^---\n[\s\S]*?\n---\n?/, '');
				if (agrees(body)) taken++;
			}
		expect(taken).toBeGreaterThan(0);
	});

	it('leaves a body with more links than allowed to the full pipeline, which names the line', () => {
		expect(plainProse('[[p1]] [[p1]]', resolver, 1)).toBeUndefined();
		expect(plainProse('[[p1]] [[p1]]', resolver, 2)).toBeDefined();
	});
});
