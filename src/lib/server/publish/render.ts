/** Writes a new content file: frontmatter in registry order, the schema comment, hints for the other fields. */
import { Document, isScalar, stringify, visit } from 'yaml';
import { exampleValue } from '../../registry/describe.ts';
import type { TypeDef } from '../../registry/registry.ts';

/** Never offered as a commented-out hint: only for invented example content. */
const NOT_SUGGESTED = new Set(['voorbeeld']);

export const BODY_HINT = '<!-- Schrijf hier de tekst van de pagina, in Markdown. Link naar een andere pagina met [[id]] of [[id|tekst]]. -->';

/** Frontmatter YAML of a node's data, fields in registry order, short lists on one line. */
export function frontmatterYaml(type: TypeDef, data: Record<string, unknown>): string {
	const ordered = Object.fromEntries(
		Object.keys(type.fields)
			.filter((k) => data[k] !== undefined)
			.map((k) => [k, data[k]])
	);
	const doc = new Document(ordered);
	// Short lists of ids or words read best on one line, as in the rest of the content (also inside blocks).
	visit(doc, {
		Seq(_, seq) {
			if (seq.items.every(isScalar)) seq.flow = true;
		}
	});
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function renderFile(type: TypeDef, data: Record<string, unknown>, schemaRef?: string): string {
	const yaml = frontmatterYaml(type, data);
	const rest = Object.entries(type.fields).filter(([k]) => data[k] === undefined && !NOT_SUGGESTED.has(k));
	const hints = rest.length
		? [
				'# Meer velden: haal het # weg en vul in. Uitleg per veld: docs/velden.md of /publiceren/velden/ op de site.',
				...rest.map(([k, f]) => `# ${k}: ${stringify(exampleValue(f), { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim()}`)
			]
		: [];
	return ['---', ...(schemaRef ? [`# yaml-language-server: $schema=${schemaRef}`] : []), yaml.trimEnd(), ...hints, '---', BODY_HINT, ''].join('\n');
}
