/** An import that cannot go on: a Dutch message naming the file or address, and how to fix it. Nothing is written. */
export class ImportError extends Error {
	constructor(
		message: string,
		readonly hint: string
	) {
		super(message);
	}
}
