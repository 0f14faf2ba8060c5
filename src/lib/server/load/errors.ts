/** A problem in the content, always tied to a file and, where known, a line. */
export interface ContentError {
	file: string;
	line?: number;
	message: string;
	/** How to fix it, in Dutch: the readers are lectors, not developers. */
	hint: string;
	code: string;
}

export const formatError = (e: ContentError) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}\n    → ${e.hint}`;

export function formatErrors(errors: ContentError[]): string {
	const n = errors.length;
	return `${n} ${n === 1 ? 'fout' : 'fouten'} in de inhoud:\n\n${errors.map(formatError).join('\n\n')}\n`;
}

export class ContentErrors extends Error {
	constructor(public readonly errors: ContentError[]) {
		super(formatErrors(errors));
		this.name = 'ContentErrors';
	}
}
