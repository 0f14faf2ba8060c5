/**
 * Load and validate: content folder → validated nodes and typed relations.
 * All problems are collected, so one run lists every error in every file.
 */
import { isRef, type Field } from '../../registry/fields.ts';
import { ID_PATTERN } from '../../registry/schema.ts';
import { getType, type NodeData, type TypeDef, type TypeName } from '../../registry/registry.ts';
import { nodeUrl } from '../../urls.ts';
import { consistencyErrors } from './consistency.ts';
import { phase, tick } from '../progress.ts';
import { ContentCache, type CachedParse } from './cache.ts';
import type { ContentError } from './errors.ts';
import { parseFrontmatter, type Parsed } from './frontmatter.ts';
import { depthProblem, LIMITS, markdownProblem, tooManyLinks } from './limits.ts';
import { isSiteUrl, OverBudget, renderMarkdown, stripWikiLinks } from './markdown.ts';
import type { LinkResolver } from './wiki-link.ts';
import { linkContexts, type LinkQuote } from './link-context.ts';
import { readContent, type SourceFile } from './read.ts';
import { didYouMean } from './suggest.ts';
import { validateData } from './validate.ts';

interface NodeOf<T extends TypeName> {
	id: string;
	type: T;
	file: string;
	title: string;
	url: string;
	/** Validated frontmatter, typed from the registry's fields (narrow on `type` to read a type's own fields). */
	data: NodeData<T>;
	/** Plain-text summary (samenvatting, else the start of the body). */
	summary: string;
	body: string;
	html: string;
}

/** A validated node; a union over the registry's types, so checking `type` narrows `data`. */
export type ContentNode<T extends TypeName = TypeName> = T extends TypeName ? NodeOf<T> : never;

export interface Relation {
	source: string;
	target: string;
	/** Frontmatter field name, or "link" for a wiki-link in the body. */
	type: string;
	/** For a wiki-link: the sentence around it in the source's body. */
	context?: LinkQuote;
}

export interface LoadResult {
	nodes: ContentNode[];
	relations: Relation[];
	errors: ContentError[];
}

interface Pending {
	src: SourceFile;
	/** The file's key in the content cache. */
	key?: string;
	/** Milliseconds spent on this file before rendering: its budget (LIMITS.fileMs) is for its own work, not for waiting on the others. */
	spent: number;
	parsed: Parsed;
	data: Record<string, unknown>;
	/** False when the frontmatter failed validation: its references are still checked, but it yields no node. */
	valid: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Of a type's (or a block's) fields, those that can hold what `holds` looks for, themselves or in a block: worked out
 * once per field set, since every file of a type asks (at 10,000 files the loops over all fields took 200 ms a load). */
function fieldsHolding(holds: (f: Field) => boolean) {
	const plans = new WeakMap<Record<string, Field>, [string, Field][]>();
	const can = (f: Field): boolean => holds(f) || ((f.kind === 'object' || f.kind === 'objects') && Object.values(f.fields).some(can));
	return (fields: Record<string, Field>) => {
		let plan = plans.get(fields);
		if (!plan) plans.set(fields, (plan = Object.entries(fields).filter(([, f]) => can(f))));
		return plan;
	};
}
const refFields = fieldsHolding(isRef);
const urlFields = fieldsHolding((f) => f.kind === 'url');

/** Every reference in the data (top level and nested objects), with its path. */
function* references(
	fields: Record<string, Field>,
	data: Record<string, unknown>,
	path: PropertyKey[] = [],
	outer?: string
): Generator<{
	field: Extract<Field, { kind: 'ref' | 'refs' }>;
	name: string;
	target: string;
	path: PropertyKey[];
}> {
	for (const [name, field] of refFields(fields)) {
		const value = data[name];
		if (value == null) continue;
		// Data that failed validation comes here too, so values of the wrong shape are skipped (they have their own error).
		if (isRef(field)) {
			const targets = field.kind === 'ref' ? [value] : Array.isArray(value) ? value : [];
			for (const [i, target] of targets.entries()) {
				if (typeof target !== 'string' || !ID_PATTERN.test(target)) continue;
				yield { field, name: outer ?? name, target, path: field.kind === 'refs' ? [...path, name, i] : [...path, name] };
			}
		} else if (field.kind === 'object' && isObject(value)) {
			yield* references(field.fields, value, [...path, name], outer ?? name);
		} else if (field.kind === 'objects' && Array.isArray(value)) {
			for (const [i, item] of value.entries()) {
				if (isObject(item)) yield* references(field.fields, item, [...path, name, i], outer ?? name);
			}
		}
	}
}

/** Every url-kind value (top level and in blocks), with its path: the site's own address must not appear there. */
function* urls(
	fields: Record<string, Field>,
	data: Record<string, unknown>,
	path: PropertyKey[] = []
): Generator<{ name: string; url: string; path: PropertyKey[] }> {
	for (const [name, field] of urlFields(fields)) {
		const value = data[name];
		if (field.kind === 'url' && typeof value === 'string') yield { name, url: value, path: [...path, name] };
		else if (field.kind === 'object' && isObject(value)) yield* urls(field.fields, value, [...path, name]);
		else if (field.kind === 'objects' && Array.isArray(value)) {
			for (const [i, item] of value.entries()) if (isObject(item)) yield* urls(field.fields, item, [...path, name, i]);
		}
	}
}

export interface LoadOptions {
	base?: string;
	/** Reuse the work of an earlier run for unchanged files (cache.ts): in memory (`npm run dev`), or also on disk (builds). */
	cache?: 'memory' | 'disk';
	/** Print progress lines (builds). */
	progress?: boolean;
	/**
	 * With cache 'memory': the files (relative to the content folder) changed since the previous load of this folder
	 * in this process, as the dev server's watcher reports them. The others are taken as read last time.
	 */
	changed?: ReadonlySet<string>;
}

/** The last run's cache per content folder and base path, for the next run in the same process. */
const memory = new Map<string, ContentCache>();
/** The texts the last run read, per content folder, for a run that is told which files changed since. */
const lastTexts = new Map<string, Map<string, string>>();

/** A file's parse as the cache keeps it; the line of a frontmatter value is looked up again only for an error message. */
function fromCache(src: SourceFile, c: CachedParse): Parsed {
	let lineOf: Parsed['lineOf'] | undefined;
	return { data: c.data, body: c.body, bodyLine: c.bodyLine, lineOf: (path) => (lineOf ??= parseFrontmatter(src.file, src.text).parsed!.lineOf)(path) };
}

export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
	const base = options.base ?? '';
	const count = (name: string, total: number) => options.progress && tick(name, total);
	const memoryKey = `${root}\0${base}`;
	const cache = options.cache ? new ContentCache(root, base).open(memory.get(memoryKey)) : undefined;
	const last = options.cache === 'memory' && options.changed ? lastTexts.get(root) : undefined;
	const { sources, errors } = readContent(root, last && ((file) => (options.changed!.has(file) ? undefined : last.get(file))), (total) =>
		count('bestanden gelezen', total)
	);
	if (options.cache === 'memory') lastTexts.set(root, new Map(sources.map((src) => [src.file, src.text])));
	const pending: Pending[] = [];
	const firstFile = new Map<string, string>();
	// Every id that has a file, valid or not: a reference to an invalid file is not also "missing".
	const typeOfFile = new Map<string, string>();

	for (const src of sources) {
		count('bestanden gecontroleerd', sources.length);
		const prior = firstFile.get(src.id);
		if (prior) {
			errors.push({
				file: src.file,
				line: 1,
				message: `de id "${src.id}" bestaat al in ${prior}`,
				hint: 'Ids moeten uniek zijn over alle typen heen: geef een van beide bestanden een andere naam.',
				code: 'duplicate-id'
			});
			continue;
		}
		firstFile.set(src.id, src.file);
		typeOfFile.set(src.id, src.type);
		const key = cache?.key(src.file, src.text);
		const hit = key ? cache!.parse(key) : undefined;
		if (hit) {
			errors.push(...hit.errors);
			pending.push({ src, key, spent: 0, parsed: fromCache(src, hit), data: hit.data, valid: hit.valid });
			continue;
		}
		const started = performance.now();
		const { parsed, errors: parseErrors } = parseFrontmatter(src.file, src.text);
		errors.push(...parseErrors);
		if (!parsed) continue;
		const type = getType(src.type)!;
		const { value, errors: schemaErrors } = validateData(src.file, type, parsed.data, parsed.lineOf);
		errors.push(...schemaErrors);
		const spent = performance.now() - started;
		const data = value ?? parsed.data;
		if (key) cache!.storeParse(key, { data, valid: !!value, errors: [...parseErrors, ...schemaErrors], body: parsed.body, bodyLine: parsed.bodyLine });
		pending.push({ src, key, spent, parsed, data, valid: !!value });
	}

	const byId = new Map(pending.filter((p) => p.valid).map((p) => [p.src.id, p]));
	const typeOf = (id: string) => typeOfFile.get(id);
	const titleOf = (p: Pick<Pending, 'src' | 'data'>) => String(p.data[getType(p.src.type)!.titleField]);
	const idsOfType = (types: readonly string[]) => [...typeOfFile].filter(([, t]) => types.includes(t)).map(([id]) => id);
	const allIds = [...typeOfFile.keys()];
	const resolver = {
		href: (id: string) => {
			const p = byId.get(id);
			return p && nodeUrl(base, p.src.type, id);
		},
		title: (id: string) => {
			const p = byId.get(id);
			return p && titleOf(p);
		}
	};

	const nodes: ContentNode[] = [];
	const relations: Relation[] = [];
	for (const { src, key, spent, parsed, data, valid: schemaValid } of pending) {
		count('bestanden verwerkt', pending.length);
		const type: TypeDef = getType(src.type)!;
		const rendered = (key && cache!.render(key, resolver)) || renderAndStore(src.file, parsed, resolver, performance.now() + LIMITS.fileMs - spent, cache, key);
		if ('error' in rendered) errors.push(rendered.error);
		const valid = schemaValid && !('error' in rendered);
		for (const ref of references(type.fields, data)) {
			const actual = typeOf(ref.target);
			if (!actual) {
				errors.push({
					file: src.file,
					// Looked up only for an error: for a file from the cache it means parsing its YAML again.
					line: parsed.lineOf(ref.path),
					message: `"${ref.name}" verwijst naar "${ref.target}", maar die bestaat niet`,
					hint: `Gebruik de id (bestandsnaam zonder .md) van een bestaande ${ref.field.to.join(' of ')}.${didYouMean(ref.target, idsOfType(ref.field.to))}`,
					code: 'missing-ref'
				});
			} else if (!ref.field.to.includes(actual)) {
				errors.push({
					file: src.file,
					line: parsed.lineOf(ref.path),
					message: `"${ref.name}" moet verwijzen naar een ${ref.field.to.join(' of ')}, maar "${ref.target}" is een ${actual}`,
					hint: `Kies een ${ref.field.to.join(' of ')}, of zet deze id in een ander veld.${didYouMean(ref.target, idsOfType(ref.field.to))}`,
					code: 'wrong-ref-type'
				});
			} else if (valid && byId.has(ref.target)) {
				relations.push({ source: src.id, target: ref.target, type: ref.name });
			}
		}
		if (schemaValid) errors.push(...consistencyErrors(src.file, type, data, (id) => byId.get(id)?.data, parsed.lineOf));
		for (const u of urls(type.fields, data)) {
			if (!isSiteUrl(u.url)) continue;
			errors.push({
				file: src.file,
				line: parsed.lineOf(u.path),
				message: `"${u.name}" is een adres op deze site zelf`,
				hint: 'Verwijs naar een pagina van de site met een verwijzingsveld of met [[id]] in de tekst; een volledig adres breekt als de pagina verhuist.',
				code: 'site-url'
			});
		}
		const { html, links, badUrls, contexts } = 'error' in rendered ? { html: '', links: [], badUrls: [], contexts: [] } : rendered;
		for (const bad of badUrls) {
			errors.push({
				file: src.file,
				line: parsed.bodyLine + bad.line - 1,
				...(bad.kind === 'fragment'
					? {
							message: `de link "${bad.url}" wijst naar een plek die niet op deze pagina staat`,
							hint: 'Verwijder de link, of link naar een andere pagina met [[id]].'
						}
					: {
							message: `de link of afbeelding "${bad.url}" werkt niet op de site`,
							hint: 'Gebruik een volledig webadres dat begint met https://, of link naar een pagina van de site met [[id]] of [[id|tekst]].'
						}),
				code: 'bad-link'
			});
		}
		const quotes = contexts.length && valid ? new Map(contexts) : undefined;
		for (const link of links) {
			if (byId.has(link.target)) {
				const context = quotes?.get(link.target);
				if (valid) relations.push({ source: src.id, target: link.target, type: 'link', ...(context ? { context } : {}) });
			} else if (!typeOfFile.has(link.target)) {
				errors.push({
					file: src.file,
					line: parsed.bodyLine + link.line - 1,
					message: `de link [[${link.target}]] verwijst naar een id die niet bestaat`,
					hint: `Gebruik [[id]] of [[id|tekst]] met de bestandsnaam (zonder .md) van een bestaand bestand.${didYouMean(link.target, allIds)}`,
					code: 'missing-link'
				});
			}
		}
		if (!valid) continue;
		const plainBody = stripWikiLinks(parsed.body, resolver.title);
		nodes.push(<ContentNode>{
			id: src.id,
			type: src.type,
			file: src.file,
			title: titleOf({ src, data }),
			url: nodeUrl(base, src.type, src.id),
			data,
			summary: String(data.samenvatting ?? firstSentences(plainBody)),
			body: plainBody,
			html
		});
	}
	errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	if (cache) {
		if (options.cache === 'disk') cache.save();
		// A build loads once per process: keeping every file's parse and HTML would only hold memory through bundling.
		if (options.cache === 'memory') memory.set(memoryKey, cache);
		if (options.progress) phase('inhoud gecontroleerd', `${sources.length} bestanden, ${cache.hits} uit de cache`);
	}
	return { nodes, relations, errors };
}

/** Renders a body and keeps the result, with what it asked of other files, in the cache. */
function renderAndStore(file: string, parsed: Parsed, resolver: LinkResolver, deadline: number, cache?: ContentCache, key?: string) {
	if (!cache || !key) return render(file, parsed, resolver, deadline);
	const recorded = cache.recording(resolver);
	const out = render(file, parsed, recorded.resolver, deadline);
	// Errors are not kept: a time budget that ran out says nothing about the next run.
	if (!('error' in out)) cache.storeRender(key, { ...out, asked: recorded.asked });
	return out;
}

type Rendered = ReturnType<typeof renderMarkdown> & {
	/** The sentence around each link, by target: from the body and the titles of what it links to, as the HTML is, so
	 * the cache keeps it with the HTML (every file's quotes cost 120 ms of each edit in `npm run dev` at 10,000 nodes). */
	contexts: [string, LinkQuote][];
};

/**
 * The body as HTML, or the one error that stops it: a limit (checked before the parser sees it), the time budget,
 * or, should a limit miss a case, the parser's own stack overflow, so it names the file instead of ending the run.
 */
function render(file: string, parsed: Parsed, resolver: LinkResolver, deadline: number): Rendered | { error: ContentError } {
	const at = (line: number) => parsed.bodyLine + line - 1;
	const problem = markdownProblem(parsed.body, parsed.bodyLine);
	if (problem) return { error: { file, ...problem } };
	try {
		if (performance.now() > deadline) throw new OverBudget();
		const out = renderMarkdown(parsed.body, resolver, deadline);
		// The count before parsing can miss links that only the parser sees (reference definitions, say).
		if (out.overLimitLine !== undefined) return { error: { file, ...tooManyLinks(at(out.overLimitLine)) } };
		return { ...out, contexts: out.links.length ? [...linkContexts(parsed.body, resolver.title)] : [] };
	} catch (e) {
		if (e instanceof OverBudget) {
			return {
				error: {
					file,
					line: parsed.bodyLine,
					message: `het verwerken van dit bestand duurde langer dan ${LIMITS.fileMs / 1000} s`,
					hint: 'Vereenvoudig de tekst: kortere alinea’s, minder opmaak en minder geneste lijsten of HTML.',
					code: 'too-slow'
				}
			};
		}
		if (e instanceof RangeError) return { error: { file, ...depthProblem(parsed.bodyLine, 'de tekst', Infinity) } };
		throw e;
	}
}

function firstSentences(markdown: string, max = 220): string {
	const text = markdown
		.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
		.replace(/[#>*_`|-]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length <= max ? text : `${text.slice(0, max).replace(/\s\S*$/, '')}…`;
}
