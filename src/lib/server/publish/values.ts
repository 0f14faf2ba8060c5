/** Turns what someone typed (a flag or an answer) into a field value, or says in Dutch what is wrong. */
import { describeKind } from '../../registry/describe.ts';
import type { Field } from '../../registry/fields.ts';
import { registry } from '../../registry/registry.ts';
import { didYouMean } from '../load/suggest.ts';
import { findIds, type Existing } from './existing.ts';

export type Result = { ok: true; value: unknown } | { ok: false; error: string };

const ok = (value: unknown): Result => ({ ok: true, value });
const fail = (error: string): Result => ({ ok: false, error });

export const today = () => new Date().toISOString().slice(0, 10);
const validDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

/** Comma-separated items; empty items are dropped. */
export const splitList = (raw: string) =>
	raw
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

function pickEnum(values: readonly string[], raw: string): Result {
	const v = raw.trim();
	if (values.includes(v)) return ok(v);
	// A number picks from the list as it was shown (1-based), which is handy in the prompts.
	if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= values.length) return ok(values[Number(v) - 1]);
	const lower = values.find((x) => x.toLowerCase() === v.toLowerCase());
	if (lower) return ok(lower);
	return fail(`"${v}" kan niet; kies uit: ${values.join(', ')}.${didYouMean(v, values)}`);
}

function pickRef(field: Extract<Field, { kind: 'ref' | 'refs' }>, raw: string, nodes: readonly Existing[]): Result {
	const id = raw.trim();
	const targets = nodes.filter((n) => field.to.includes(n.type));
	const hit = targets.find((n) => n.id === id);
	if (hit) return ok(hit.id);
	const what = field.to.map((t) => registry[t]?.label.toLowerCase() ?? t).join(' of ');
	const other = nodes.find((n) => n.id === id);
	const near = findIds(id, targets, 3).map((n) => `"${n.id}" (${n.title})`);
	const intro = other ? `"${id}" is een ${other.type}, geen ${what}.` : `er is geen ${what} met id "${id}".`;
	return fail(`${intro}${near.length ? ` Bedoelde je ${near.join(' of ')}?` : ` Zie de ids met: npm run new -- --ids ${field.to[0]}`}`);
}

export function parseValue(field: Field, raw: string, nodes: readonly Existing[]): Result {
	const v = raw.trim();
	if (!v) return fail('leeg');
	switch (field.kind) {
		case 'string':
		case 'text':
			return ok(v);
		case 'int': {
			if (!/^-?\d+$/.test(v)) return fail(`"${v}" is geen geheel getal.`);
			const n = Number(v);
			if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) return fail(`${n} past niet: ${describeKind(field)}.`);
			return ok(n);
		}
		case 'date': {
			const d = v.toLowerCase() === 'vandaag' ? today() : v;
			return validDate(d) ? ok(d) : fail(`"${v}" is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2024-09-01 (of "vandaag").`);
		}
		case 'url':
			return /^https?:\/\/[^\s/$.?#].\S*$/i.test(v) && URL.canParse(v) ? ok(v) : fail(`"${v}" is geen volledig webadres; begin met https://.`);
		case 'boolean':
			if (/^(true|ja|j|yes|y)$/i.test(v)) return ok(true);
			if (/^(false|nee|n|no)$/i.test(v)) return ok(false);
			return fail(`"${v}": antwoord met ja of nee.`);
		case 'enum':
			return pickEnum(field.values, v);
		case 'enums':
		case 'list':
		case 'refs': {
			const items = splitList(v);
			if (!items.length) return fail('leeg');
			const parsed = items.map((item) =>
				field.kind === 'enums' ? pickEnum(field.values, item) : field.kind === 'refs' ? pickRef(field, item, nodes) : ok(item)
			);
			const errors = parsed.filter((p) => !p.ok).map((p) => (p as { error: string }).error);
			return errors.length ? fail(errors.join(' ')) : ok([...new Set(parsed.map((p) => (p as { value: unknown }).value))]);
		}
		case 'ref':
			return pickRef(field, v, nodes);
		case 'object':
		case 'objects':
			return fail(`"${field.label}" bestaat uit meerdere velden; geef ze los op.`);
	}
}
