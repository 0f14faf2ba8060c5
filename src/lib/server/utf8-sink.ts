import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { phase, still } from './progress.ts';

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

const MB = 1048576;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/**
 * Writes a file as `write` makes it, piece by piece, saying how far `what` got from its first megabyte on: a large file
 * made as one string first held all of it, and ran seconds without a progress line (at 50,000 nodes the content cache
 * and the content for the prerender took 2.6–3.3 s each as one JSON.stringify). `write` may be asynchronous (n3's
 * Writer); then so is this.
 */
export function writeFileInPieces<R extends void | Promise<void>>(path: string, what: string, write: (sink: Utf8Sink) => R): R {
	mkdirSync(dirname(path), { recursive: true });
	const fd = openSync(path, 'w');
	let bytes = 0;
	const sink = new Utf8Sink((piece) => {
		if (bytes < MB && bytes + piece.length >= MB) phase(`${what} schrijven`);
		bytes += writeSync(fd, piece);
		still(`${what} schrijven ${megabytes(bytes)}`);
	});
	const finish = () => {
		sink.end();
		closeSync(fd);
		if (bytes >= MB) phase(`${what} geschreven`, megabytes(bytes));
	};
	const fail = (e: unknown): never => {
		closeSync(fd);
		throw e;
	};
	let result: R;
	try {
		result = write(sink);
	} catch (e) {
		return fail(e);
	}
	if (result instanceof Promise) return result.then(finish, fail) as R;
	finish();
	return result;
}
