/**
 * Kennisgraaf's own small RDF vocabulary, for what schema.org and SKOS do not say: that a project works on a research
 * question, and that a node is invented example content. Its terms live at /vocab/ on the site itself, so every term
 * URI opens a page that explains it (src/routes/vocab/).
 */
import { typeNames, registry } from '../../registry/registry.ts';
import type { ContentNode } from '../load/index.ts';

export const NS = {
	schema: 'http://schema.org/',
	skos: 'http://www.w3.org/2004/02/skos/core#',
	dct: 'http://purl.org/dc/terms/',
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	xsd: 'http://www.w3.org/2001/XMLSchema#'
} as const;

/** A prefixed name of NS ("skos:Concept") as a full IRI. */
export const expand = (prefixed: string) => {
	const [prefix, local] = prefixed.split(':');
	return NS[prefix as keyof typeof NS] + local;
};

/** The vocabulary's namespace: its page on this site (origin and base path), with the term as fragment. */
export const vocabNs = (origin: string, base: string) => `${origin}${base}/vocab/#`;

/**
 * The base path a node's URL was made with: node URLs are `${base}/${type}/${id}/` (src/lib/urls.ts), and the
 * JSON-LD builders get the origin but not the base.
 */
export const baseOf = (n: ContentNode) => n.url.slice(0, n.url.length - `/${n.type}/${n.id}/`.length);

export interface VocabTerm {
	name: string;
	label: string;
	comment: string;
	/** The RDF range, as a prefixed name of NS. */
	range: string;
	subPropertyOf?: string;
}

export const VOORBEELD = 'voorbeeld';

export const VOCAB: readonly VocabTerm[] = [
	{
		name: 'werktAan',
		label: 'werkt aan',
		comment:
			'Het onderwerp (een project of lectoraat) doet onderzoek dat bijdraagt aan een antwoord op het object, een kennisvraag uit een kennisagenda. Preciezer dan schema:knowsAbout, dat alleen zegt dat het onderwerp verstand heeft van het object.',
		range: 'skos:Concept',
		subPropertyOf: 'schema:knowsAbout'
	},
	{
		name: VOORBEELD,
		label: 'voorbeeldinhoud',
		comment:
			'Waar (true): deze knoop is verzonnen om te laten zien wat Kennisgraaf kan. De personen, organisaties en projecten ervan bestaan niet; neem ze nooit over als echte gegevens.',
		range: 'xsd:boolean'
	}
];

/** Where each term is used: "project.kennisvragen", from the registry's `ld.kg`. */
export function termUses(name: string): string[] {
	return typeNames.flatMap((t) =>
		Object.entries(registry[t].fields)
			.filter(([, f]) => f.ld?.kg === name)
			.map(([field]) => `${t}.${field}`)
	);
}

/** The text a schema.org-only reader sees on invented content (schema:disambiguatingDescription). */
export const VOORBEELD_NOTE = 'Voorbeeldinhoud: verzonnen om te laten zien wat Kennisgraaf kan; bestaat niet.';
