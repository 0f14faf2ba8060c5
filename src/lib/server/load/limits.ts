/**
 * Bounds on what one content file may ask of the parsers. The Markdown and YAML libraries recurse and have
 * quadratic corners (nested containers, unmatched emphasis and brackets in one paragraph), so a file is
 * measured here first, in one linear pass, and refused with an error before it reaches them.
 * Each bound is far above what a real page needs.
 */
import type { ContentError } from './errors.ts';

export const LIMITS = {
	/** Bytes per file: about 40,000 words. */
	fileBytes: 256 * 1024,
	/** Characters per line (a paragraph may be one line). */
	lineChars: 20_000,
	/** Nesting of lists and quotes, of HTML elements, of emphasis and brackets, and of YAML blocks and lists. */
	depth: 20,
	/** Emphasis marks, brackets and backticks in one paragraph: resolving them costs the square of their number. */
	marksPerParagraph: 400,
	/** Links and images (wiki-links included) per file. */
	links: 500,
	/** Milliseconds per file; files are measured between stages, so this turns slowness into an error. */
	fileMs: Number(process.env.KENNISGRAAF_FILE_BUDGET_MS) || 10_000
};

export const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
const n = (v: number) => v.toLocaleString('nl-NL');

type Problem = Omit<ContentError, 'file'>;

/** Lines longer than the limit, checked on the whole file (frontmatter and body). */
export function lineLengthProblem(lines: readonly string[]): Problem | undefined {
	const i = lines.findIndex((l) => l.length > LIMITS.lineChars);
	if (i < 0) return undefined;
	return {
		line: i + 1,
		message: `regel ${i + 1} is ${n(lines[i].length)} tekens lang; de grens is ${n(LIMITS.lineChars)}`,
		hint: 'Verdeel de tekst over alinea’s met een witregel ertussen; lange gegevens horen in een bestand waar je met https:// naar linkt.',
		code: 'line-too-long'
	};
}

export const depthProblem = (line: number, what: string, depth: number): Problem => ({
	line,
	message: `${what} is ${Number.isFinite(depth) ? `${depth} lagen` : 'honderden lagen'} diep genest; de grens is ${LIMITS.depth}`,
	hint: 'Maak de structuur platter: minder lagen lijsten, citaten (>) of HTML-elementen in elkaar.',
	code: 'too-deep'
});

export const tooManyLinks = (line: number): Problem => ({
	line,
	message: `de tekst heeft meer dan ${n(LIMITS.links)} links en afbeeldingen`,
	hint: 'Verdeel de tekst over meer pagina’s, of zet een lange lijst met bronnen in een bestand waar je met https:// naar linkt.',
	code: 'too-many-links'
});

/**
 * Deepest nesting of YAML flow collections ([ and {), outside double-quoted text and comments. Counted before the
 * yaml package parses (it recurses, slower the deeper); block nesting is bounded by the file and line limits.
 */
export function yamlFlowDepth(text: string): { depth: number; line: number } {
	let depth = 0;
	let line = 1;
	let quote: string | undefined;
	// A quote only opens a string where a value starts: "Agenda's" is plain text with an apostrophe.
	let valueStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === '\n') line++;
			else if (quote === '"' && c === '\\') i++;
			else if (c === quote && quote === "'" && text[i + 1] === "'") i++;
			else if (c === quote) quote = undefined;
			continue;
		}
		if (c === '\n') {
			line++;
			valueStart = true;
		} else if ((c === '"' || c === "'") && valueStart) quote = c;
		else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
			const end = text.indexOf('\n', i);
			i = (end < 0 ? text.length : end) - 1;
		} else if (c === '[' || c === '{') {
			if (++depth > LIMITS.depth) return { depth, line };
			valueStart = true;
		} else if ((c === ']' || c === '}') && depth > 0) depth--;
		if (c === ',' || c === '-' || (c === ':' && /[\s,\]}]/.test(text[i + 1] ?? ' '))) valueStart = true;
		else if (!/[\s[{]/.test(c)) valueStart = false;
	}
	return { depth, line };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const FENCE = /^(`{3,}|~{3,})/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*?)?(\/?)>/g;
const MARK = /[*_~]+|`+|[[\]]/g;
/** Where a link or image starts: inline and reference links, wiki-links, HTML, and bare addresses (GFM links them). */
const LINK_START = /\]\(|\]\[|\[\[|<(?:a|img)\b|(?<![([<"'=\w/])(?:https?:\/\/|www\.)/gi;
const LOOSE = /[\s\p{P}\p{S}]/u;
const SPACE = /\s/;

/** Columns of leading whitespace (a tab counts to the next multiple of four) and the rest of the line. */
function indentOf(line: string): [number, string] {
	let col = 0;
	let i = 0;
	for (; i < line.length; i++) {
		if (line[i] === ' ') col++;
		else if (line[i] === '\t') col += 4 - (col % 4);
		else break;
	}
	return [col, line.slice(i)];
}

/**
 * The container depth of a line: its markers (> and list bullets) plus its indentation, counted generously
 * (two columns per level, the least a nested list needs), so the estimate is never below the real depth.
 */
function containerDepth(line: string): { depth: number; rest: string; items: number } {
	let [indent, rest] = indentOf(line);
	let markers = 0;
	let items = 0;
	for (;;) {
		if (rest.startsWith('>')) rest = rest.slice(rest[1] === ' ' ? 2 : 1);
		else {
			const m = LIST_MARKER.exec(rest);
			if (!m) break;
			rest = rest.slice(m[0].length);
			items++;
		}
		markers++;
		const [more, after] = indentOf(rest);
		indent += more;
		rest = after;
	}
	// Indentation alone is code or a paragraph's continuation: it only nests when a container starts on the line.
	return { depth: markers ? markers + Math.floor(indent / 2) : 0, rest, items };
}

/** Emphasis and bracket nesting in one paragraph: openers push, closers pop; counted generously as well. */
class InlineDepth {
	depth = 0;
	max = 0;
	marks = 0;
	reset() {
		this.depth = 0;
		this.marks = 0;
	}
	scan(text: string) {
		for (const m of text.matchAll(MARK)) {
			this.marks++;
			const run = m[0];
			if (run === '[') this.depth++;
			else if (run === ']') this.depth = Math.max(0, this.depth - 1);
			else if (run[0] !== '`') {
				// CommonMark's flanking rules, simplified: a run after a space or punctuation and before text opens, the mirror closes.
				const before = text[m.index - 1] ?? ' ';
				const after = text[m.index + run.length] ?? ' ';
				const opens = LOOSE.test(before) && !SPACE.test(after);
				const closes = LOOSE.test(after) && !SPACE.test(before);
				if (opens && !closes) this.depth += run.length;
				else if (closes && !opens) this.depth = Math.max(0, this.depth - run.length);
			}
			this.max = Math.max(this.max, this.depth);
		}
	}
}

/**
 * Checks a Markdown body against the limits in one pass over its lines. Returns the first problem, with its
 * file line (the body starts on `firstLine`), or nothing when the parsers can take it safely.
 */
export function markdownProblem(body: string, firstLine = 1): Problem | undefined {
	const lines = body.split('\n');
	let fence: string | undefined;
	let htmlDepth = 0;
	const inline = new InlineDepth();
	let links = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = firstLine + i;
		const { depth, rest, items } = containerDepth(lines[i]);
		if (fence) {
			if (rest.startsWith(fence) && !rest.slice(fence.length).includes(fence[0])) fence = undefined;
			continue;
		}
		if (depth > LIMITS.depth) return depthProblem(line, 'een lijst of citaat', depth);
		const open = FENCE.exec(rest);
		if (open) {
			fence = open[1];
			inline.reset();
			continue;
		}
		if (!rest.trim()) {
			inline.reset();
			continue;
		}
		// A list item or a heading starts a new paragraph for the parser too (a long reference list is fine).
		if (items || /^#{1,6}(\s|$)/.test(rest)) inline.reset();
		for (const [, close, name, selfClosing] of rest.matchAll(TAG)) {
			if (VOID.has(name.toLowerCase()) || selfClosing) continue;
			htmlDepth = close ? Math.max(0, htmlDepth - 1) : htmlDepth + 1;
			if (htmlDepth > LIMITS.depth) return depthProblem(line, 'HTML', htmlDepth);
		}
		inline.scan(rest);
		if (inline.max > LIMITS.depth) return depthProblem(line, 'opmaak (*, _, ~ of [ ])', inline.max);
		if (inline.marks > LIMITS.marksPerParagraph) {
			return {
				line,
				message: `de alinea tot regel ${line} heeft meer dan ${n(LIMITS.marksPerParagraph)} opmaaktekens (* _ ~ \` [ ])`,
				hint: 'Verdeel de alinea met witregels, of zet letterlijke tekst in een codeblok tussen regels met ```.',
				code: 'too-many-marks'
			};
		}
		links += [...rest.matchAll(LINK_START)].length;
		if (links > LIMITS.links) return tooManyLinks(line);
	}
	return undefined;
}
