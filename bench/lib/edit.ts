/** The one content file the warm-build benchmarks change, and how. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The first project file of a corpus. */
export function editedFile(content: string): string {
	const dir = `${content}/project`;
	return `${dir}/${readdirSync(dir).sort()[0]}`;
}

/**
 * `text` adds a sentence to the file's body, which lets a build keep every page that shows nothing of it; `title`
 * changes its title, which other pages show: the node pages that can name it are computed again, and the site-wide
 * files (listings, feeds, graph files, search index) are made again.
 */
export type Edit = 'text' | 'title';
export const EDIT_LABEL: Record<Edit, string> = { text: 'de tekst', title: 'de titel' };

/** A content file's text with `stamp` as its title or as a sentence added to its body. */
export const edited = (original: string, edit: Edit, stamp: string) =>
	edit === 'title' ? original.replace(/^titel: .*$/m, `titel: "${stamp}"`) : `${original}\n${stamp}.\n`;

/** Builds with `file` edited as `edit` says (restored afterwards, also when the build fails). */
export async function withEdit<T>(file: string, edit: Edit, build: () => Promise<T>): Promise<T> {
	const original = readFileSync(file, 'utf8');
	writeFileSync(file, edited(original, edit, `Bijgewerkt voor de benchmark ${Date.now()}`));
	try {
		return await build();
	} finally {
		writeFileSync(file, original);
	}
}
