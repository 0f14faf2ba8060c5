/**
 * What search decides per content type and per frontmatter field, as plain named lists in one
 * place: when these move into the content-type registry (src/lib/registry/), this file is what
 * gets replaced, and no search code changes.
 */

/** Most useful types first; ties in ranking are broken in this order. Lists every registry type. */
export const TYPE_RELEVANCE = ['kennisvraag', 'thema', 'gamechanger', 'project', 'lectoraat', 'partnerschap', 'agendapunt', 'agenda', 'organisatie'];

/**
 * Types whose names go into the `rel` field of the nodes that refer to them (a project is found
 * by its lectoraat's name). Kennisvragen, projects and agendapunten are left out: their titles
 * are sentences, which would match everything and swell the index.
 */
export const RELATED_TYPES = ['thema', 'gamechanger', 'lectoraat', 'partnerschap', 'organisatie', 'agenda'];

/**
 * Frontmatter fields per search field (see FIELDS in options.ts), besides the title, summary,
 * body and related names every node has; `a.b` takes `b` of each item of list `a`.
 */
export const FRONTMATTER_FIELDS = {
	prefix: ['korte_titel', 'aliassen'],
	keys: ['aliassen', 'trefwoorden', 'korte_titel', 'lectoren', 'onderzoekslijnen', 'kenniscentrum'],
	text: ['uitgever', 'plaats', 'regio', 'outputs.titel'],
	rel: ['sectoren']
} as const;
