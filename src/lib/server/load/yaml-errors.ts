/**
 * YAML syntax errors in words a lector understands: the yaml package reports "Nested mappings are not allowed in
 * compact mappings" where the author wrote an unquoted colon. Each kind gets a Dutch message, the line where the
 * author can fix it, and an example built from that line.
 */
import { isCollection, isPair, type Document, type YAMLError } from 'yaml';

export interface YamlProblem {
	/** Line in the YAML text (1-based). */
	line: number;
	message: string;
	hint: string;
	code: string;
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#"'][^:#]*?):[ \t]+(.*)$/;
const QUOTE_HINT = 'Zet de hele waarde tussen aanhalingstekens.';

/** `titel: Over: dingen` → `titel: "Over: dingen"`. */
const quoted = (key: string, value: string) => `${key}: "${value.trim().replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The line of an unclosed quote: the last line up to `line` on which a value opens with it and does not close it. */
function openingQuoteLine(lines: readonly string[], line: number, quote: string): number {
	for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
		const m = KEY_VALUE.exec(lines[i]) ?? /^(\s*-\s+)()(.*)$/.exec(lines[i]);
		const value = m?.[3].trim() ?? '';
		if (value.startsWith(quote) && (value.length === 1 || !value.endsWith(quote))) return i + 1;
	}
	return line;
}

/** A value that opens with a quote and goes on after the quote that closes it: `"Hij zei "ja""`. */
function innerQuote(value: string): string | undefined {
	const q = value[0];
	if (q !== '"' && q !== "'") return undefined;
	const close = q === '"' ? /^"(?:[^"\\]|\\.)*"/.exec(value) : /^'(?:[^']|'')*'/.exec(value);
	return close && value.slice(close[0].length).trim() && !value.slice(close[0].length).trim().startsWith('#') ? q : undefined;
}

/** `line` is a line of the YAML text; `shift` turns it into the file line that messages and results name. */
function describe(e: YAMLError, line: number, lines: readonly string[], shift: number): YamlProblem {
	const text = lines[line - 1] ?? '';
	const at = (message: string, hint: string, code = 'yaml', where = line): YamlProblem => ({ line: where + shift, message, hint, code });
	const kv = KEY_VALUE.exec(text);
	const n = (l: number) => l + shift;
	if (e.code === 'TAB_AS_INDENT' || /^\s*\t/.test(text)) {
		return at(`regel ${n(line)} springt in met een tab`, 'YAML kent alleen spaties om in te springen: vervang de tab door spaties.', 'yaml-tab');
	}
	if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
		const quote = e.message.includes("'") ? "'" : '"';
		const where = openingQuoteLine(lines, line, quote);
		return at(
			`het aanhalingsteken ${quote} op regel ${n(where)} wordt niet gesloten`,
			quote === '"'
				? 'Sluit de tekst af met nog een " op dezelfde regel. Een " binnen de tekst schrijf je als \\", of zet de tekst tussen \'…\'.'
				: "Sluit de tekst af met nog een ' op dezelfde regel. Een ' binnen de tekst schrijf je dubbel (''), of zet de tekst tussen \"…\".",
			'yaml-quote',
			where
		);
	}
	const inner = kv && innerQuote(kv[3].trim());
	if (inner) {
		return at(
			`de waarde van "${kv[2].trim()}" heeft een aanhalingsteken ${inner} binnen de aanhalingstekens`,
			inner === '"'
				? 'Schrijf een " binnen de tekst als \\", of zet de hele tekst tussen \'…\'.'
				: "Schrijf een ' binnen de tekst dubbel (''), of zet de hele tekst tussen \"…\".",
			'yaml-quote'
		);
	}
	if ((e.code === 'MISSING_CHAR' && /[\]}]/.test(e.message)) || /^Flow (sequence|map)/.test(e.message) || e.code === 'BLOCK_IN_FLOW') {
		const where = lines.slice(0, line).findLastIndex((l) => /[[{]/.test(l)) + 1 || line;
		const map = /\{[^}[]*$/.test(lines[where - 1] ?? '');
		return at(
			map ? `het blok met { op regel ${n(where)} wordt niet gesloten met }` : `de lijst met [ op regel ${n(where)} wordt niet gesloten met ]`,
			map
				? 'Zet een blok tussen { en } op één regel, bijvoorbeeld: bron: { document: kennisagenda, pagina: "12" }.'
				: 'Zet een lijst tussen [ en ] op één regel, bijvoorbeeld: trefwoorden: [feedback, toetsing]. Of schrijf elk item op een eigen regel die begint met "  - ".',
			'yaml-bracket',
			where
		);
	}
	if (e.code === 'DUPLICATE_KEY') {
		const key = kv?.[2].trim() ?? text.split(':')[0].trim();
		return at(
			`het veld "${key}" staat twee keer in de frontmatter`,
			'Haal een van de twee regels weg, of zet de waarden samen in één lijst.',
			'yaml-duplicate'
		);
	}
	if (e.code === 'BAD_SCALAR_START') {
		const char = kv?.[3].trim()[0] ?? '';
		return at(
			`de waarde op regel ${n(line)} begint met ${char ? `het teken ${char}, dat` : 'een teken dat'} YAML voor zichzelf gebruikt`,
			`${QUOTE_HINT}${kv ? ` Bijvoorbeeld: ${quoted(kv[2], kv[3])}` : ''}`,
			'yaml-reserved'
		);
	}
	// An unquoted colon inside a value: "titel: Over: dingen".
	if (kv && /:(\s|$)/.test(kv[3]) && !/^["'[{|>]/.test(kv[3].trim())) {
		return at(
			`de waarde van "${kv[2].trim()}" bevat een dubbele punt zonder aanhalingstekens`,
			`YAML leest "naam: waarde" als een nieuw veld. ${QUOTE_HINT} Bijvoorbeeld: ${quoted(kv[2], kv[3])}`,
			'yaml-colon'
		);
	}
	if (e.code === 'KEY_OVER_1024_CHARS' || (/^[^\s#-]/.test(text) && !/:(\s|$)/.test(text))) {
		return at(
			`regel ${n(line)} is geen veld: de dubbele punt na de veldnaam ontbreekt`,
			'Schrijf elk veld als naam: waarde, op een eigen regel.',
			'yaml-no-colon'
		);
	}
	if (['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'MISSING_CHAR'].includes(e.code)) {
		// The yaml package points at the field above a wrongly indented line; the author must change the indented one.
		const next = lines.findIndex((l, i) => i >= line && l.trim() !== '' && !/^\s*#/.test(l));
		const where = /IMPLICIT_KEY/.test(e.code) && next >= 0 && /^\s/.test(lines[next]) ? next + 1 : line;
		return at(
			`regel ${n(where)} springt verkeerd in`,
			'Velden beginnen helemaal links. Alleen de regels onder een veld (items "  - …" van een lijst, of velden van een blok) springen in, allemaal even ver.',
			'yaml-indent',
			where
		);
	}
	if (e.code === 'BAD_ALIAS' || e.code === 'ALIAS_PROPS') {
		return at(
			`regel ${n(line)} gebruikt een verwijzing met * of & die YAML niet kan lezen`,
			'Schrijf de waarde gewoon uit; zet tekst die met * of & begint tussen aanhalingstekens.',
			'yaml-alias'
		);
	}
	return at(
		`regel ${n(line)} is geen geldige YAML`,
		'Schrijf elk veld als naam: waarde op een eigen regel; zet tekst met een dubbele punt, # of aanhalingsteken tussen aanhalingstekens.',
		'yaml'
	);
}

/**
 * One problem per line, in line order: a single mistake often makes the parser complain several times.
 * `lineOf` gives the YAML line of an offset; lines in the result are file lines (YAML line + `shift`).
 */
export function describeYamlErrors(errors: readonly YAMLError[], lineOf: (offset: number) => number, lines: readonly string[], shift: number): YamlProblem[] {
	const byLine = new Map<number, YamlProblem>();
	for (const e of errors) {
		const p = describe(e, lineOf(e.pos[0]), lines, shift);
		if (!byLine.has(p.line)) byLine.set(p.line, p);
	}
	return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** Tags of the YAML core schema. Any other tag (!!js/function, !!binary, !custom, …) asks for a type this site does not have. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Every node (keys included) with a tag outside the core schema, found without recursion. */
export function foreignTags(doc: Document, lineOf: (offset: number) => number): YamlProblem[] {
	const problems: YamlProblem[] = [];
	const stack: unknown[] = [doc.contents];
	while (stack.length) {
		const node = stack.pop() as { tag?: string; range?: number[] } | null;
		if (!node || typeof node !== 'object') continue;
		if (isPair(node)) {
			stack.push(node.key, node.value);
			continue;
		}
		if (node.tag && !CORE_TAGS.has(node.tag)) {
			const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
			problems.push({
				line: lineOf(node.range?.[0] ?? 0),
				message: `het YAML-label ${shown} is niet toegestaan`,
				hint: 'Haal het label (het woord met ! ervoor) weg: een veld bevat alleen tekst, getallen, datums, true/false en lijsten.',
				code: 'yaml-tag'
			});
		}
		if (isCollection(node)) stack.push(...node.items);
	}
	return problems.sort((a, b) => a.line - b.line);
}
