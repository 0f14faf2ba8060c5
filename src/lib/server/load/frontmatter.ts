/** Splits a Markdown file into YAML frontmatter and body, keeping line numbers for errors. */
import { isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentError } from './errors.ts';
import { depthProblem, LIMITS, lineLengthProblem, yamlFlowDepth } from './limits.ts';
import { describeYamlErrors, foreignTags } from './yaml-errors.ts';

export interface Parsed {
	data: Record<string, unknown>;
	body: string;
	/** 1-based file line on which the body starts. */
	bodyLine: number;
	/** File line of the value (or key) at a path in the frontmatter; line 1 when unknown. */
	lineOf: (path: readonly PropertyKey[]) => number;
}

const FENCE = /^---[ \t]*$/;

export function parseFrontmatter(file: string, raw: string): { parsed?: Parsed; errors: ContentError[] } {
	const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const lines = text.split('\n');
	const err = (line: number, message: string, hint: string, code: string) => ({ errors: [{ file, line, message, hint, code }] });
	if (!text.trim()) return err(1, 'het bestand is leeg', 'Begin met een frontmatter-blok tussen twee regels ---, zie docs/.', 'empty');
	const long = lineLengthProblem(lines);
	if (long) return { errors: [{ file, ...long }] };
	if (!FENCE.test(lines[0])) {
		return err(1, 'het bestand begint niet met frontmatter (---)', 'Zet op de eerste regel --- en sluit de velden af met nog een regel ---.', 'no-frontmatter');
	}
	const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
	if (close < 0) {
		return err(1, 'de frontmatter wordt nooit gesloten', 'Zet na het laatste veld een regel met alleen ---.', 'unclosed-frontmatter');
	}
	const yamlText = lines.slice(1, close).join('\n');
	const flow = yamlFlowDepth(yamlText);
	if (flow.depth > LIMITS.depth) return { errors: [{ file, ...depthProblem(flow.line + 1, 'de frontmatter', flow.depth) }] };
	const lineCounter = new LineCounter();
	// Core schema only: no timestamps, binaries or sets, and no tag that asks the parser for a type of its own.
	const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false, schema: 'core', resolveKnownTags: false });
	// File line = YAML line + 1, because the YAML starts after the opening fence.
	const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
	// The yaml package stops at a stack overflow itself; deeper than the limit is refused all the same.
	const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
	const deep = exhausted ? { line: fileLine(exhausted.pos[0]), depth: Infinity } : tooDeep(doc, fileLine);
	if (deep) return { errors: [{ file, ...depthProblem(deep.line, 'de frontmatter', deep.depth) }] };
	const yamlLines = lines.slice(1, close);
	const problems = doc.errors.length ? describeYamlErrors(doc.errors, (o) => lineCounter.linePos(o).line, yamlLines, 1) : foreignTags(doc, fileLine);
	if (problems.length) return { errors: problems.map((p) => ({ file, ...p })) };
	let data: unknown;
	try {
		data = doc.toJS() ?? {};
	} catch (e) {
		// Aliases that name no anchor, or that would blow up in memory ("billion laughs"): the yaml package throws.
		const alias = /alias[^:]*: (.+)$/.exec((e as Error).message)?.[1];
		const line = alias ? yamlLines.findIndex((l) => l.includes(`*${alias}`)) + 2 || 2 : 2;
		return err(
			line,
			alias ? `de verwijzing *${alias} wijst naar een anker (&${alias}) dat niet bestaat` : 'de frontmatter herhaalt te veel met verwijzingen (& en *)',
			'Schrijf de waarden gewoon uit; zet tekst die met * of & begint tussen aanhalingstekens.',
			'yaml-alias'
		);
	}
	if (typeof data !== 'object' || Array.isArray(data)) {
		return err(2, 'de frontmatter is geen lijst van velden', 'Schrijf velden als naam: waarde, elk op een eigen regel.', 'yaml-not-map');
	}
	return {
		parsed: {
			data: data as Record<string, unknown>,
			body: lines.slice(close + 1).join('\n'),
			bodyLine: close + 2,
			lineOf: (path) => lineIn(doc, path, fileLine)
		},
		errors: []
	};
}

/** The first node nested deeper than the limit, found without recursion. */
function tooDeep(doc: Document, fileLine: (o: number) => number): { line: number; depth: number } | undefined {
	const stack: [unknown, number][] = [[doc.contents, 1]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (!isCollection(node)) continue;
		if (depth > LIMITS.depth) return { line: fileLine(node.range?.[0] ?? 0), depth };
		for (const item of node.items) {
			if (isPair(item)) {
				stack.push([item.key, depth + 1], [item.value, depth + 1]);
			} else stack.push([item, depth + 1]);
		}
	}
	return undefined;
}

function lineIn(doc: Document, path: readonly PropertyKey[], fileLine: (o: number) => number): number {
	// Walk down as far as the path exists, so a missing key reports its parent's line.
	let node: unknown = doc.contents;
	let line = 2;
	for (const key of path) {
		if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
		const items = (node as { items: unknown[] }).items;
		const next = isMap(node) ? items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key) : items[Number(key)];
		if (!next) break;
		const target = isPair(next) ? (next.key as { range?: number[] }) : (next as { range?: number[] });
		if (target?.range) line = fileLine(target.range[0]);
		node = isPair(next) ? next.value : next;
	}
	return line;
}
