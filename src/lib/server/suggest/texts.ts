/**
 * The text of a node that suggestions compare: its title, summary, the fields the registry sends to search
 * (keywords, aliases, other names) and its body. For a kennisvraag or gamechanger also the title of its parent,
 * which says what the question is about in other words.
 */
import { asList } from '../../registry/fields.ts';
import { getType } from '../../registry/registry.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';

export function nodeText(node: ContentNode): string {
	const def = getType(node.type)!;
	const data = node.data as Record<string, unknown>;
	const searched = Object.entries(def.fields)
		.filter(([name, f]) => f.search?.some((s) => s !== 'rel') && name !== def.titleField)
		.flatMap(([name]) => asList(data[name]));
	return [node.title, data.samenvatting, ...searched, node.body].filter((v) => typeof v === 'string' && v).join('\n');
}

/** The targets a type's suggestions choose from: the nodes of the types its `suggest` fields point to. */
export function targetsFor(site: Pick<Site, 'nodes' | 'hierarchy'>, type: string) {
	const def = getType(type);
	const types = (def?.suggest ?? []).flatMap((f) => {
		const field = def!.fields[f];
		return field && (field.kind === 'ref' || field.kind === 'refs') ? field.to : [];
	});
	return site.nodes
		.filter((n) => types.includes(n.type))
		.map((n) => ({ id: n.id, type: n.type, text: [nodeText(n), site.hierarchy.parent(n)?.title ?? ''].join('\n') }));
}
