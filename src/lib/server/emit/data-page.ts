/**
 * The /data/ page: every download with what it holds and its licence, and the model in short. The lists come from the
 * registry and the content (types, agendas), so a new type or agenda shows up without an edit here.
 */
import { registry, typeAncestors, typeNames } from '../../registry/registry.ts';
import type { Site } from '../site.ts';
import { feedTypes, topicFeedPath } from './feeds.ts';
import { skosAgendas } from './linked-data.ts';
import { termUses, VOCAB } from './vocab.ts';
import { WIDGET_TYPES } from './widget.ts';

export function dataPage(site: Site, base: string) {
	const plural = (t: string) => registry[t].plural.toLowerCase();
	return {
		types: typeNames.map((t) => ({
			type: t,
			plural: registry[t].plural,
			csv: `${base}/${t}.csv`,
			count: site.byType.get(t)?.length ?? 0,
			schemaOrg: registry[t].schemaOrg.type,
			skos: typeAncestors(t).length ? 'skos:Concept' : typeNames.some((o) => typeAncestors(o).at(-1) === t) ? 'skos:ConceptScheme' : ''
		})),
		agendas: skosAgendas(site).map((a) => ({
			id: a.id,
			title: a.title,
			url: a.url,
			jsonld: `${base}/skos/${a.id}.jsonld`,
			ttl: `${base}/skos/${a.id}.ttl`,
			concepts: site.nodes.filter((n) => site.hierarchy.ancestors(n).at(-1) === a).length,
			licentie: (a.data as { licentie?: string }).licentie,
			bron: (a.data as { url?: string }).url
		})),
		feeds: {
			types: feedTypes.map((t) => registry[t].label.toLowerCase()),
			example: site.of('thema').map((t) => ({ title: t.title, href: topicFeedPath(base, t.id) }))
		},
		widgetTypes: WIDGET_TYPES.map(plural),
		vocab: VOCAB.map((t) => ({ name: t.name, label: t.label, uses: termUses(t.name) })),
		voorbeelden: site.nodes.filter((n) => n.data.voorbeeld).length,
		voorbeeldTypes: typeNames.filter((t) => site.byType.get(t)?.some((n) => n.data.voorbeeld)).map(plural)
	};
}
