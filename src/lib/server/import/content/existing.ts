/** The content folder as the importer needs it: each file's frontmatter data and its body exactly as written. */
import { parseFrontmatter } from '../../load/frontmatter.ts';
import { readContent } from '../../load/read.ts';
import { formatErrors } from '../../load/errors.ts';
import { ImportError } from '../errors.ts';

export interface ContentFile {
	id: string;
	type: string;
	/** Relative to the content root. */
	file: string;
	data: Record<string, unknown>;
	/** Everything after the closing ---, byte for byte: an import never changes what an author wrote there. */
	body: string;
}

export function bodyOf(text: string): string {
	const lines = text.split('\n');
	const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*\r?$/.test(l));
	return close < 0 ? '' : lines.slice(close + 1).join('\n');
}

export function readExisting(root: string): ContentFile[] {
	const { sources, errors } = readContent(root);
	const out: ContentFile[] = [];
	for (const src of sources) {
		const { parsed, errors: parseErrors } = parseFrontmatter(src.file, src.text);
		errors.push(...parseErrors);
		if (parsed) out.push({ id: src.id, type: src.type, file: src.file, data: parsed.data, body: bodyOf(src.text.replace(/^\uFEFF/, '')) });
	}
	if (errors.length)
		throw new ImportError(`de inhoudsmap ${root} bevat fouten:\n${formatErrors(errors)}`, 'Los eerst deze fouten op (npm run check); een import schrijft alleen in een inhoudsmap zonder fouten.');
	return out;
}
