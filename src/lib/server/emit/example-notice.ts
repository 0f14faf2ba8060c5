/**
 * What the notice on an invented page names: which of its parts are invented and which pages it points at are real.
 * "Voorbeeldinhoud" alone leaves a reader guessing whether the Kennisagenda question a fictional project works on is
 * fictional too; this says it per page, from the graph.
 */
import { getType } from '../../registry/registry.ts';
import type { ContentNode } from '../load/index.ts';
import type { Site } from '../site.ts';
import { toRef, type NodeRef } from './pages.ts';

export interface ExampleNotice {
	/** The invented parts of this page itself, in words ("de naam, de tekst, de looptijd en de opbrengsten"). */
	parts: string;
	/** Invented pages this one points at. */
	invented: NodeRef[];
	/** Kinds of real pages this one points at, in plural ("kennisvragen", "thema’s"). */
	real: string[];
}

const list = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} en ${words.at(-1)}`);

export function exampleNotice(site: Site, node: ContentNode): ExampleNotice | undefined {
	if (!node.data.voorbeeld) return undefined;
	const def = getType(node.type)!;
	const targets = [...new Set(site.graph.outNeighbors(node.id))].flatMap((id) => site.byId.get(id) ?? []).filter((n) => n !== node);
	// The fields this page fills, by label: an invented project has an invented looptijd and opbrengsten, not just a name.
	const filled = Object.entries(def.fields)
		.filter(
			([name, f]) =>
				name !== def.titleField &&
				name !== 'bijgewerkt' &&
				!f.hidden &&
				f.kind !== 'ref' &&
				f.kind !== 'refs' &&
				node.data[name as keyof typeof node.data] != null
		)
		.map(([, f]) => f.label.toLowerCase());
	const real = [...new Set(targets.filter((n) => !n.data.voorbeeld).map((n) => getType(n.type)!.plural.toLowerCase()))];
	return {
		parts: list(['de naam', 'de samenvatting', 'de tekst', ...filled]),
		invented: targets.filter((n) => n.data.voorbeeld).map(toRef),
		real
	};
}
