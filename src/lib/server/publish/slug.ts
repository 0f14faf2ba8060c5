/** Ids from titles: what the loader accepts as a file name (a-z, 0-9, single hyphens). */

const MAX = 60;

export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/[æ]/g, 'ae')
		.replace(/[ø]/g, 'o')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= MAX) return slug;
	// Cut at a word boundary, so a long title gives a readable id.
	const cut = slug.slice(0, MAX + 1);
	const at = cut.lastIndexOf('-');
	return (at > 20 ? cut.slice(0, at) : slug.slice(0, MAX)).replace(/-+$/, '');
}

/** The slug itself when free, else slug-2, slug-3 …; ids are unique across all types. */
export function uniqueId(slug: string, taken: ReadonlySet<string>): string {
	if (!taken.has(slug)) return slug;
	for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
