/**
 * How an outside register's records become content nodes: one mapping per register (./<bron>.ts), declared next to
 * the registry, read by the import stage (src/lib/server/import/). A mapping only transforms data; fetching,
 * matching, merging and writing belong to the import stage.
 */
import type { TypeName } from '../registry.ts';
import type { Bron } from '../sources.ts';

/** One node a source record yields, in the registry's field names. */
export interface ImportRecord {
	type: TypeName;
	/** The record's id at the source (unique per source and type). */
	id: string;
	/** The record's page at the source, for herkomst. */
	url?: string;
	/** Field values the source gives. References go in `links`, not here. */
	data: Record<string, unknown>;
	/** Reference fields naming other records of this import, by their `type:id` (see recordKey). */
	links?: Record<string, string[]>;
	/** Markdown body for a new file (the source's long description); an existing file's body is never touched. */
	body?: string;
	/** The source says this record was deleted: the node is marked, not removed. */
	removed?: boolean;
	/**
	 * Only known as a reference inside another record (a project's partner organisation): it links to an existing
	 * node when one matches, else it becomes a new node, but it never changes an existing one.
	 */
	stub?: boolean;
}

export const recordKey = (type: string, id: string) => `${type}:${id}`;

/** What a mapping makes of one raw record: nodes, or a reason to skip it (in Dutch, for the report). */
export type Mapped = { records: ImportRecord[] } | { skip: string };

export interface MapOptions {
	/** Write people's names (lectoren) too; off by default (docs/importeren.md). */
	personen: boolean;
	/** The day of the import (YYYY-MM-DD), e.g. for a project's status from its dates. */
	today: string;
}

/** One endpoint of a register: a list of records spread over pages. */
export interface Endpoint {
	name: string;
	/** Path below the base URL. */
	path: string;
	/** How its pages link: `links.next` (Publinova), `meta.page/pages` (NWOpen), a list then one request per record (SIA), or one file (ROR, DUO). */
	paging: 'links-next' | 'meta-pages' | 'changed-then-detail' | 'single';
}

export interface SourceMapping {
	name: Bron;
	label: string;
	/** Where the register lives; `--url` overrides it. */
	baseUrl: string;
	/** Environment variable with the API key (bearer), when the register needs one. */
	keyEnv?: string;
	format: 'json' | 'csv';
	endpoints: readonly Endpoint[];
	/** The records of one page as the source publishes it (JSON page, CSV rows, ROR's array). */
	items(page: unknown, endpoint: string): unknown[];
	/** The source id of a raw record, to find duplicates across pages; undefined when it has none. */
	idOf(raw: unknown, endpoint: string): string | undefined;
	map(raw: unknown, endpoint: string, options: MapOptions): Mapped;
	/**
	 * Fields this source owns per type: an update overwrites them. Other fields of its records only fill a gap,
	 * and everything an author added stays (lists gain the source's items, never lose one).
	 */
	owns: Partial<Record<TypeName, readonly string[]>>;
	/** CSV: columns that must be present (a file with other columns is refused). */
	columns?: readonly string[];
}
