/** What an import did or, in a dry run, would do: the same report either way, in Dutch. */
export interface Report {
	source: string;
	pages: number;
	records: number;
	added: string[];
	updated: string[];
	unchanged: number;
	/** Records that met a node made by hand or from another source: the match and why. */
	merged: { record: string; node: string; reason: string }[];
	/** References (a project's partner) that met an existing node. */
	linked: { record: string; node: string; reason: string }[];
	conflicts: { record: string; reason: string }[];
	skipped: { record: string; reason: string }[];
	removed: string[];
	notes: string[];
}

export const emptyReport = (source: string): Report => ({
	source,
	pages: 0,
	records: 0,
	added: [],
	updated: [],
	unchanged: 0,
	merged: [],
	linked: [],
	conflicts: [],
	skipped: [],
	removed: [],
	notes: []
});

const MAX_LISTED = 50;

function list<T>(title: string, items: T[], line: (t: T) => string): string[] {
	if (!items.length) return [];
	const shown = items.slice(0, MAX_LISTED).map((i) => `  ${line(i)}`);
	const more = items.length > MAX_LISTED ? [`  … en nog ${items.length - MAX_LISTED} (alles staat in --json)`] : [];
	return ['', `${title} (${items.length}):`, ...shown, ...more];
}

export function formatReport(r: Report, o: { dryRun: boolean; files: number }): string {
	return [
		`${o.dryRun ? 'Proefimport (er is niets geschreven)' : 'Import'} uit ${r.source}: ${r.pages} pagina’s, ${r.records} records.`,
		`  toegevoegd ${r.added.length} · bijgewerkt ${r.updated.length} · ongewijzigd ${r.unchanged} · samengevoegd ${r.merged.length} · conflicten ${r.conflicts.length} · overgeslagen ${r.skipped.length} · verwijderd bij de bron ${r.removed.length}`,
		`  ${o.files} ${o.files === 1 ? 'bestand' : 'bestanden'} ${o.dryRun ? 'zou' + (o.files === 1 ? '' : 'den') + ' worden' : o.files === 1 ? 'is' : 'zijn'} geschreven.`,
		...list('Toegevoegd', r.added, (s) => s),
		...list('Bijgewerkt', r.updated, (s) => s),
		...list('Samengevoegd met een bestaande knoop', r.merged, (x) => `${x.record} → ${x.node} (op ${x.reason})`),
		...list('Gekoppeld aan een bestaande knoop', r.linked, (x) => `${x.record} → ${x.node} (op ${x.reason})`),
		...list('Conflicten (niet overgenomen, los op met de hand)', r.conflicts, (x) => `${x.record}: ${x.reason}`),
		...list('Overgeslagen', r.skipped, (x) => `${x.record}: ${x.reason}`),
		...list('Gemarkeerd als verwijderd bij de bron', r.removed, (s) => s),
		...list('Opmerkingen', r.notes, (s) => s)
	].join('\n');
}
