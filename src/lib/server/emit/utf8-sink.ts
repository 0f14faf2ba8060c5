/**
 * A writable for n3's Writer (and anything that writes strings) that keeps the output as UTF-8 buffers of about 1 MB.
 * A large file kept as one string sits on the JavaScript heap at two bytes a character once it holds one character
 * outside Latin-1 (a ’ in a title); buffers are one byte for most characters and outside the heap.
 */
const FLUSH_AT = 1 << 20;

export class Utf8Sink {
	private parts: Buffer[] = [];
	private pending = '';

	write(chunk: string, _encoding?: unknown, done?: () => void) {
		this.pending += chunk;
		if (this.pending.length >= FLUSH_AT) this.flush();
		done?.();
		return true;
	}

	private flush() {
		if (this.pending) this.parts.push(Buffer.from(this.pending, 'utf8'));
		this.pending = '';
	}

	end(done?: (error: null) => void) {
		this.flush();
		done?.(null);
	}

	bytes(): Buffer {
		this.flush();
		const all = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
		this.parts = [all];
		return all;
	}
}
