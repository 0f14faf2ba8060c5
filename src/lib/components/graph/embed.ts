/** The embed code for /graaf/embed/: one iframe, with a title for screen readers and a link for browsers without frames. */
export function embedSnippet(site: string, query: string): string {
	const q = query.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const src = `${site}/graaf/embed/${q}`;
	return `<iframe src="${src}" title="Kennisgraaf: graaf van onderwijsonderzoek" width="100%" height="560" style="border:1px solid #d0d5db" loading="lazy"><a href="${site}/graaf/${q}">Open de Kennisgraaf</a></iframe>`;
}
