import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from '../../src/lib/csv.ts';
import { listingCsv } from '../../src/lib/server/emit/exports.ts';
import { base, project, siteFrom } from './discovery-fixtures.ts';

describe('csvField (RFC 4180)', () => {
	it('quotes fields with a comma, quote or line break, and doubles quotes', () => {
		expect(csvField('gewoon')).toBe('gewoon');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
		expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
		expect(csvField('a\r\nb')).toBe('"a\r\nb"');
	});

	it('writes empty values as empty fields and joins lists', () => {
		expect(csvField(undefined)).toBe('');
		expect(csvField(null)).toBe('');
		expect(csvField(['po', 'vo'])).toBe('po; vo');
		expect(csvField(['a, b', 'c'])).toBe('"a, b; c"');
		expect(csvField(3)).toBe('3');
	});

	it('defuses text a spreadsheet would run as a formula, but keeps numbers', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('+31 6')).toBe("'+31 6");
		expect(csvField('-12')).toBe('-12');
		expect(csvField(-12)).toBe('-12');
	});
});

describe('toCsv and parseCsv', () => {
	it('writes a BOM, a header and CRLF line ends', () => {
		expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe(`${BOM}a,b\r\n1,"x,y"\r\n`);
	});

	it('round-trips any text that is not formula-like', () => {
		const cell = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
				const parsed = parseCsv(toCsv(['x', 'y'], rows));
				expect(parsed).toEqual([['x', 'y'], ...rows]);
			})
		);
	});
});

describe('listing export', () => {
	const site = siteFrom({ ...base(), ...project('p1', 'Feedback, en "meer"', { kennisvragen: ['k1', 'k2'], lectoraten: ['l1'], sectoren: ['po', 'vo'] }) });
	const rows = parseCsv(listingCsv(site, 'project', 'https://example.org'));
	const [header, ...body] = rows;

	it('has one row per node with id, absolute url and every field of the type', () => {
		expect(header.slice(0, 3)).toEqual(['id', 'url', 'titel']);
		for (const field of ['start', 'status', 'lectoraten', 'kennisvragen', 'outputs', 'bron.document', 'bron.pagina', 'voorbeeld', 'bijgewerkt']) expect(header).toContain(field);
		expect(body).toHaveLength(1);
		const row = Object.fromEntries(header.map((h, i) => [h, body[0][i]]));
		expect(row).toMatchObject({ id: 'p1', url: 'https://example.org/project/p1/', titel: 'Feedback, en "meer"', kennisvragen: 'k1; k2', lectoraten: 'l1', sectoren: 'po; vo' });
	});

	it('exists for every type, with the kennisvragen listed', () => {
		const [, ...vragen] = parseCsv(listingCsv(site, 'kennisvraag', ''));
		expect(vragen.map((r) => r[0]).sort()).toEqual(['k1', 'k2', 'k3', 'k4']);
	});
});
