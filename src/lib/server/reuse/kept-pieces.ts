/**
 * A large file made of pieces, each wholly decided by its key (a hash of everything it is made from): a build records
 * the key and length of each piece it writes, and the next build takes the text of every piece whose key it meets
 * again from the file kept before, instead of making it again. graph.ttl is made this way, one piece per object: its
 * JSON-LD processor and Turtle writer took 2.5 s at 10,000 nodes, and a title edit changes a few dozen objects.
 *
 * The kept file and its index are stored and found by ./kept-files.ts; an index that does not add up to the kept file
 * (another version, a file cut short) is not used at all, and a piece is only taken by a key that covers the code
 * (`salt`), so a stale piece can never be shown.
 */
import { createHash } from 'node:crypto';

/** What is stored beside a kept file: the salt it was made with, and each piece's key (null: no piece) and byte length. */
export interface PieceIndex {
	salt: string;
	pieces: [key: string | null, bytes: number][];
}

export class KeptPieces {
	private readonly previous = new Map<string, [start: number, end: number]>();
	private readonly made: PieceIndex['pieces'] = [];
	/** Pieces taken from the previous file, and made again, for the progress line. */
	taken = 0;
	remade = 0;

	constructor(
		private readonly salt: string,
		private readonly previousFile?: Buffer,
		previousIndex?: PieceIndex
	) {
		if (!previousFile || !previousIndex || previousIndex.salt !== salt || !Array.isArray(previousIndex.pieces)) return;
		let at = 0;
		const found: [string, [number, number]][] = [];
		for (const [key, bytes] of previousIndex.pieces) {
			if (!Number.isSafeInteger(bytes) || bytes < 0) return;
			if (typeof key === 'string') found.push([key, [at, at + bytes]]);
			at += bytes;
		}
		if (at !== previousFile.length) return;
		for (const [key, range] of found) this.previous.set(key, range);
	}

	/** The key of a piece made from `parts` by this code. */
	key(...parts: string[]): string {
		const hash = createHash('sha256').update(this.salt);
		for (const part of parts) hash.update('\u0000').update(part);
		return hash.digest('base64url');
	}

	/** The previous file's text of the piece with this key. */
	take(key: string): string | undefined {
		const range = this.previous.get(key);
		if (!range) return undefined;
		this.taken++;
		return this.previousFile!.toString('utf8', range[0], range[1]);
	}

	/** Records the next stretch of the file being written: a piece with its key, or text that is no piece (key null). */
	add(key: string | null, text: string) {
		if (key !== null && !this.previous.has(key)) this.remade++;
		this.made.push([key, Buffer.byteLength(text)]);
	}

	/** The index of the file written, to keep beside it. */
	index(): PieceIndex {
		return { salt: this.salt, pieces: this.made };
	}
}
