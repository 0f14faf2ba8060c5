/**
 * `npm run new -- <type> "Titel" [--veld waarde …]`: writes a valid content file with a unique id.
 * Missing required fields are asked for when a person is at the terminal, and listed as an error otherwise.
 * Input and output are passed in, so tests drive it without a terminal.
 */
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describeKind } from '../../registry/describe.ts';
import { isRef, type Field } from '../../registry/fields.ts';
import { ID_PATTERN } from '../../registry/schema.ts';
import { authoringOrder, authorTypes, getType, registry, typeNames, type TypeDef } from '../../registry/registry.ts';
import { schemaPath } from '../emit/generated.ts';
import { formatError } from '../load/errors.ts';
import { loadContent } from '../load/index.ts';
import { didYouMean } from '../load/suggest.ts';
import { existingNodes, findIds, type Existing } from './existing.ts';
import { renderFile } from './render.ts';
import { slugify, uniqueId } from './slug.ts';
import { parseValue } from './values.ts';

export interface NewIO {
	root: string;
	/** Where static/schema lives, for the editor's schema comment. */
	repoRoot: string;
	/** True when a person can answer questions. */
	interactive: boolean;
	/** Asks one question; null when the input has ended. */
	ask: (question: string) => Promise<string | null>;
	out: (text: string) => void;
	err: (text: string) => void;
	/** How the author starts the preview, shown at the end. */
	devCommand?: string;
}

export interface NewResult {
	code: number;
	file?: string;
	id?: string;
}

class Aborted extends Error {}

export function parseArgs(argv: readonly string[]) {
	const positionals: string[] = [];
	const flags = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const m = /^--?([^=]+)(?:=(.*))?$/s.exec(arg);
		if (!m || arg === '-' || /^-\d/.test(arg)) {
			positionals.push(arg);
			continue;
		}
		let value = m[2];
		if (value === undefined) value = i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : 'true';
		flags.set(m[1], value);
	}
	return { positionals, flags };
}

/** Every field that can be given as a flag: top-level fields and the parts of blocks (bron.document). */
function flagFields(type: TypeDef): Map<string, Field> {
	const out = new Map<string, Field>();
	for (const [name, field] of Object.entries(type.fields)) {
		if (field.kind === 'object') for (const [sub, f] of Object.entries(field.fields)) out.set(`${name}.${sub}`, f);
		else if (field.kind !== 'objects') out.set(name, field);
	}
	return out;
}

export function usage(): string {
	const example = (t: string) => {
		const def = registry[t];
		const req = [...flagFields(def)].filter(([k, f]) => f.required && k !== def.titleField && !k.includes('.')).map(([k]) => `--${k} …`);
		const parent = Object.entries(def.fields).find(([, f]) => f.kind === 'object' && f.required);
		if (parent && parent[1].kind === 'object')
			req.push(
				...Object.entries(parent[1].fields)
					.filter(([, f]) => f.required)
					.map(([k]) => `--${parent[0]}.${k} …`)
			);
		return `  npm run new -- ${t} "Titel" ${req.join(' ')}`;
	};
	return [
		'Maak een nieuwe pagina: npm run new -- <type> "Titel" [--veld waarde …]',
		'',
		`Typen: ${authorTypes.join(', ')} (en ${typeNames.filter((t) => !authorTypes.includes(t)).join(', ')}).`,
		'Zonder verplichte velden stelt het script vragen (in een terminal). Verplichte velden per type:',
		...authorTypes.map(example),
		'',
		'Lijsten scheid je met komma’s: --lectoraten lectoraat-a,lectoraat-b --sectoren po,vo',
		'Ids opzoeken: npm run new -- --ids lectoraat',
		'Alle velden: docs/velden.md'
	].join('\n');
}

export async function runNew(argv: readonly string[], io: NewIO): Promise<NewResult> {
	try {
		return await create(argv, io);
	} catch (e) {
		if (e instanceof Aborted) {
			io.err(e.message);
			return { code: 1 };
		}
		throw e;
	}
}

async function create(argv: readonly string[], io: NewIO): Promise<NewResult> {
	const { positionals, flags } = parseArgs(argv);
	if (flags.has('help') || flags.has('h')) {
		io.out(usage());
		return { code: 0 };
	}
	const nodes = existingNodes(io.root);
	if (flags.has('ids')) return listIds(flags.get('ids')!, nodes, io);

	const typeName = positionals[0] ?? (io.interactive ? await askType(io) : undefined);
	if (!typeName) throw new Aborted(`Geef het type op.\n\n${usage()}`);
	const type = getType(typeName);
	if (!type) throw new Aborted(`Onbekend type "${typeName}". Kies uit: ${typeNames.join(', ')}.${didYouMean(typeName, typeNames)}`);

	const fields = flagFields(type);
	const unknown = [...flags.keys()].filter((k) => k !== 'id' && !fields.has(k));
	if (unknown.length) {
		throw new Aborted(
			unknown.map((k) => `Onbekend veld --${k} voor ${type.name}.${didYouMean(k, [...fields.keys()])}`).join('\n') +
				`\nVelden van ${type.name}: ${[...fields.keys()].join(', ')}.`
		);
	}

	const values = new Map<string, unknown>();
	const problems: string[] = [];
	const invalid = new Set<string>();
	const title = positionals[1] ?? flags.get(type.titleField);
	if (title?.trim()) values.set(type.titleField, title.trim());
	for (const [name, raw] of flags) {
		if (name === 'id' || name === type.titleField) continue;
		const result = parseValue(fields.get(name)!, raw, nodes);
		if (result.ok) values.set(name, result.value);
		else {
			problems.push(`--${name}: ${result.error}`);
			invalid.add(name);
		}
	}

	const missing = [...fields].filter(([name, f]) => isRequired(type, name, f, values) && !values.has(name) && !invalid.has(name));
	if (!io.interactive && (problems.length || missing.length)) {
		const lines = [...problems, ...missing.map(([name, f]) => `--${name} ontbreekt (${f.label}: ${describeKind(f)})`)];
		throw new Aborted(
			`${lines.join('\n')}\n\nGeef ${missing.length ? 'de ontbrekende velden' : 'geldige waarden'} mee, bijvoorbeeld:\n${
				usage()
					.split('\n')
					.find((l) => l.includes(` ${type.name} `)) ?? ''
			}`
		);
	}
	for (const p of problems) io.err(p);

	// First what is required, then the references that place the page in the graph; the rest stays optional.
	const toAsk = io.interactive ? [...fields].filter(([name]) => !values.has(name)) : [];
	for (const [name, field] of toAsk.filter(([name, f]) => isRequired(type, name, f, values))) {
		values.set(name, await askField(name, field, true, nodes, io));
	}
	for (const [name, field] of toAsk.filter(([name, f]) => !values.has(name) && isRef(f) && !name.includes('.'))) {
		const value = await askField(name, field, false, nodes, io);
		if (value !== undefined) values.set(name, value);
	}

	const data = toData(type, values);
	const taken = new Set(nodes.map((n) => n.id));
	const id = pickId(flags.get('id'), String(data[type.titleField] ?? ''), type, taken);
	const file = join(io.root, type.name, `${id}.md`);
	const schemaRef = relative(dirname(file), join(io.repoRoot, schemaPath(type.name)))
		.split(sep)
		.join('/');
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, renderFile(type, data, schemaRef), { flag: 'wx' });

	const rel = `${type.name}/${id}.md`;
	const { errors } = loadContent(io.root);
	const own = errors.filter((e) => e.file === rel);
	if (own.length) {
		unlinkSync(file);
		io.err(`Het nieuwe bestand zou niet geldig zijn, dus het is niet bewaard:\n${own.map(formatError).join('\n')}`);
		return { code: 1 };
	}
	const shown = relative(process.cwd(), file) || file;
	io.out(
		[
			`Nieuw: ${type.label.toLowerCase()} "${data[type.titleField]}" in ${shown}`,
			`Id: ${id} (de bestandsnaam; andere pagina’s linken ernaar met [[${id}]])`,
			'',
			'Bekijken:',
			`  ${io.devCommand ?? 'npm run dev'}`,
			`  en open http://localhost:5173/${type.name}/${id}/`,
			'Daarna: schrijf de tekst onder de tweede regel --- (Markdown), controleer met npm run check,',
			'en dien het in zoals beschreven in docs/publiceren.md (of op /publiceren/ op de site).'
		].join('\n')
	);
	if (errors.length > own.length) io.err(`Let op: elders in de inhoud staan ${errors.length} fouten; zie npm run check.`);
	return { code: 0, file, id };
}

/** A block's subfield is required when the block is (bron.document for a kennisvraag), or when the block is started. */
function isRequired(type: TypeDef, name: string, field: Field, values: Map<string, unknown>): boolean {
	if (!field.required && !field.ask) return false;
	const [parent] = name.split('.');
	if (parent === name) return true;
	return type.fields[parent].required || [...values.keys()].some((k) => k.startsWith(`${parent}.`));
}

function toData(type: TypeDef, values: Map<string, unknown>): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const [name, value] of values) {
		const [parent, sub] = name.split('.');
		if (sub) data[parent] = { ...((data[parent] as object) ?? {}), [sub]: value };
		else data[name] = value;
	}
	// Blocks keep their registry field order.
	for (const [name, field] of Object.entries(type.fields)) {
		if (field.kind === 'object' && data[name]) {
			const block = data[name] as Record<string, unknown>;
			data[name] = Object.fromEntries(
				Object.keys(field.fields)
					.filter((k) => k in block)
					.map((k) => [k, block[k]])
			);
		}
	}
	return data;
}

function pickId(wanted: string | undefined, title: string, type: TypeDef, taken: Set<string>): string {
	if (wanted) {
		if (!ID_PATTERN.test(wanted)) throw new Aborted(`--id "${wanted}" kan niet: gebruik kleine letters a-z, cijfers en enkele streepjes.`);
		if (taken.has(wanted)) throw new Aborted(`--id "${wanted}" bestaat al; ids zijn uniek over alle typen. Vrij is bijvoorbeeld "${uniqueId(wanted, taken)}".`);
		return wanted;
	}
	return uniqueId(slugify(title) || type.name, taken);
}

function listIds(typeName: string, nodes: readonly Existing[], io: NewIO): NewResult {
	if (!getType(typeName)) {
		io.err(`Onbekend type "${typeName}". Kies uit: ${typeNames.join(', ')}.${didYouMean(typeName, typeNames)}`);
		return { code: 1 };
	}
	const list = nodes.filter((n) => n.type === typeName);
	io.out(list.length ? list.map((n) => `${n.id}  ${n.title}`).join('\n') : `Nog geen ${registry[typeName].plural.toLowerCase()}.`);
	return { code: 0 };
}

async function ask(io: NewIO, question: string): Promise<string> {
	const answer = await io.ask(question);
	if (answer === null) throw new Aborted('\nGestopt: er is niets bewaard.');
	return answer.trim();
}

async function askType(io: NewIO): Promise<string> {
	const options = authoringOrder;
	io.out(`Wat wil je toevoegen?\n${options.map((t, i) => `  ${i + 1}. ${registry[t].label}`).join('\n')}`);
	for (;;) {
		const a = await ask(io, 'Nummer of type: ');
		const pick = /^\d+$/.test(a) ? options[Number(a) - 1] : options.find((t) => t === a.toLowerCase());
		if (pick) return pick;
		io.err(`"${a}" kan niet.${didYouMean(a, options)}`);
	}
}

async function askField(name: string, field: Field, required: boolean, nodes: readonly Existing[], io: NewIO): Promise<unknown> {
	const optional = required ? '' : ' (optioneel; Enter om over te slaan)';
	io.out(`\n${field.label} [${name}]: ${describeKind(field)}${optional}${field.help ? `\n  ${field.help}` : ''}`);
	if (isRef(field)) return askRef(field, required, nodes, io);
	if (field.kind === 'enum' || field.kind === 'enums') io.out(field.values.map((v, i) => `  ${i + 1}. ${v}`).join('\n'));
	for (;;) {
		const a = await ask(io, field.kind === 'enums' || field.kind === 'list' ? '(met komma’s) > ' : field.kind === 'date' ? '(JJJJ-MM-DD of vandaag) > ' : '> ');
		if (!a && !required) return undefined;
		if (!a) {
			io.err('Dit veld is verplicht.');
			continue;
		}
		const result = parseValue(field, a, nodes);
		if (result.ok) return result.value;
		io.err(result.error);
	}
}

/** Search by name or id, pick by number; a list field keeps asking until Enter. */
async function askRef(field: Extract<Field, { kind: 'ref' | 'refs' }>, required: boolean, nodes: readonly Existing[], io: NewIO): Promise<unknown> {
	const targets = nodes.filter((n) => field.to.includes(n.type));
	const picked: string[] = [];
	for (;;) {
		const done = field.kind === 'ref' ? picked.length > 0 : false;
		if (done) return picked[0];
		const prompt = picked.length ? 'Nog een? Zoek op naam of id (Enter = klaar): ' : 'Zoek op naam of id: ';
		const q = await ask(io, prompt);
		if (!q) {
			if (picked.length) return picked;
			if (!required) return undefined;
			io.err('Dit veld is verplicht: zoek en kies er minstens één.');
			continue;
		}
		const exact = targets.find((n) => n.id === q);
		const hits = exact ? [exact] : findIds(q, targets, 8);
		if (!hits.length) {
			io.err(`Niets gevonden voor "${q}". Probeer een ander woord.`);
			continue;
		}
		let choice: Existing | undefined = exact;
		if (!choice) {
			io.out(hits.map((n, i) => `  ${i + 1}. ${n.id}  (${n.title})`).join('\n'));
			const a = await ask(io, 'Nummer (Enter = opnieuw zoeken): ');
			choice = /^\d+$/.test(a) ? hits[Number(a) - 1] : hits.find((n) => n.id === a);
			if (!choice) continue;
		}
		if (!picked.includes(choice.id)) picked.push(choice.id);
		io.out(`  gekozen: ${choice.id}`);
	}
}
