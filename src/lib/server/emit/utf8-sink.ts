/**
 * A writable for n3's Writer (and anything that writes strings) that turns the output into UTF-8 pieces of about
 * 1 MB, and either keeps them or hands each to `out` (a file being written: emit/large-file.ts). A large file kept as
 * one string sits on the JavaScript heap at two bytes a character once it holds one character outside Latin-1 (a ’
 * in a title); buffers are one byte for most characters and outside the heap.
 */
const FLUSH_AT = 1 << 20;

export class Utf8Sink {
	private parts: Buffer[] = [];
	private pending = '';

	constructor(private readonly out?: (piece: Buffer) => void) {}

	write(chunk: string, _encoding?: unknown, done?: () => void) {
		this.pending += chunk;
		if (this.pending.length >= FLUSH_AT) this.flush();
		done?.();
		return true;
	}

	/** Writes each item (as `as` turns it into a value) as JSON, comma-separated: the inside of a JSON array, item by item. */
	writeJsonItems<T>(items: Iterable<T>, as: (item: T) => unknown = (item) => item) {
		let first = true;
		for (const item of items) {
			this.write(first ? JSON.stringify(as(item)) : `,${JSON.stringify(as(item))}`);
			first = false;
		}
	}

	private flush() {
		if (!this.pending) return;
		const piece = Buffer.from(this.pending, 'utf8');
		this.pending = '';
		if (this.out) this.out(piece);
		else this.parts.push(piece);
	}

	end(done?: (error: null) => void) {
		this.flush();
		done?.(null);
	}

	/** Everything written, when it was kept. */
	bytes(): Buffer {
		if (this.out) throw new Error('Utf8Sink: the output went to a file, not kept');
		this.flush();
		const all = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
		this.parts = [all];
		return all;
	}
}
