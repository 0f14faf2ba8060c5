/**
 * The outside registers Kennisgraaf imports from (npm run import, src/lib/server/import/). Their names are the
 * values of every node's `herkomst.bron`; how each register's records become nodes is in ./imports/<bron>.ts.
 */
export const BRONNEN = ['publinova', 'sia', 'nwopen', 'ror', 'duo'] as const;
export type Bron = (typeof BRONNEN)[number];

export const BRON_LABELS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
	publinova: 'Publinova',
	sia: 'Regieorgaan SIA',
	nwopen: 'NWOpen',
	ror: 'ROR',
	duo: 'DUO',
	/** The facet value of nodes that came from no register. */
	handmatig: 'Eigen invoer'
});

/** Facet value of a node without herkomst. */
export const OWN_INPUT = 'handmatig';
