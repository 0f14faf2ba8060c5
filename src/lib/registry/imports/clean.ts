/** Text from a register as the site wants it: no HTML, no control characters, short summaries. */

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: '’',
	nbsp: ' ',
	eacute: 'é',
	euml: 'ë',
	iuml: 'ï',
	ouml: 'ö',
	uuml: 'ü'
};

/** HTML to plain text: tags out (block ends become spaces), entities decoded, whitespace collapsed. */
export function plainText(value: unknown): string {
	if (typeof value !== 'string') return '';
	return (
		value
			.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
			.replace(/<[^>]*>/g, ' ')
			.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
				if (e[0] === '#') {
					const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
					return code > 31 && code < 0x110000 && code !== 127 ? String.fromCodePoint(code) : ' ';
				}
				return ENTITIES[e.toLowerCase()] ?? m;
			})
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** The first sentences of a text, at most `max` characters, cut at a word. */
export function shortText(text: string, max = 300): string {
	if (text.length <= max) return text;
	const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
	let out = '';
	for (const s of sentences) {
		if ((out + s).trim().length > max) break;
		out += s;
	}
	out = out.trim();
	return out || `${text.slice(0, max).replace(/\s\S*$/, '')}…`;
}

/** The long text for a new page's body, without the summary it starts with; undefined when nothing is left. */
export function bodyAfter(text: string, summary: string): string | undefined {
	const rest = (text.startsWith(summary) ? text.slice(summary.length) : text).trim();
	return rest && rest !== summary ? rest : undefined;
}

/** A date (YYYY-MM-DD) from a register's date or timestamp; undefined when there is none. */
export function isoDate(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
	return m?.[1];
}

/**
 * A project's title and dates from a record's fields (`keys`: the source's names for them), or why it is skipped.
 * An end before the start is left out rather than refused.
 */
export function projectCore(
	raw: unknown,
	keys: { title: string; start: string; end: string }
): { skip: string } | { titel: string; start: string; einde?: string; dates: { start: string; einde?: string } } {
	const titel = plainText(str(raw, keys.title));
	const start = isoDate(get(raw, keys.start));
	if (!titel) return { skip: 'project zonder titel' };
	if (!start) return { skip: `project zonder startdatum ("${keys.start}")` };
	const end = isoDate(get(raw, keys.end));
	const einde = end && end >= start ? end : undefined;
	return { titel, start, ...(einde ? { einde } : {}), dates: { start, ...(einde ? { einde } : {}) } };
}

/** A project's status from its dates on the day of the import. */
export function statusFromDates(start: string, end: string | undefined, today: string): 'gepland' | 'lopend' | 'afgerond' {
	if (start > today) return 'gepland';
	return end && end < today ? 'afgerond' : 'lopend';
}

/** A place name as written, from DUO's capitals: 'S-HERTOGENBOSCH → 's-Hertogenbosch, DEN HAAG → Den Haag. */
export function placeName(value: string): string {
	return value
		.toLowerCase()
		.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
		.replace(/^['’]s-/i, '’s-');
}

/** The kind of an educational organisation from its name, when the source does not say. */
export function soortFromName(name: string): 'hogeschool' | 'universiteit' | undefined {
	if (/hogeschool|applied sciences|university college|academie/i.test(name)) return 'hogeschool';
	if (/universiteit|university/i.test(name)) return 'universiteit';
	return undefined;
}

/** Non-empty strings, trimmed, each once. */
export const uniqueStrings = (values: unknown[]): string[] => [
	...new Set(values.flatMap((v) => (typeof v === 'string' && plainText(v) ? [plainText(v)] : [])))
];

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A field of a raw record, without reaching Object.prototype. */
export const get = (o: unknown, key: string): unknown => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);
export const str = (o: unknown, key: string): string | undefined => {
	const v = get(o, key);
	return typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;
};
export const arr = (o: unknown, key: string): unknown[] => {
	const v = get(o, key);
	return Array.isArray(v) ? v : [];
};
