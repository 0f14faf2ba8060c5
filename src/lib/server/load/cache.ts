/**
 * Per-file cache of the loader's work, keyed by a hash of the file's path and bytes, the loader's own code and the
 * settings it reads, so a stale entry can never show old content: any change to any of them is a different key.
 * What a file's rendering asked of other files (the address and title of each [[id]] it links to) is stored with it
 * and compared on reuse; if any answer differs, the file is rendered again.
 *
 * Kept on disk between builds (node_modules/.cache/kennisgraaf-content/, or KENNISGRAAF_CONTENT_CACHE_DIR;
 * KENNISGRAAF_CONTENT_CACHE=0 turns it off) and in memory between reloads in `npm run dev`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { phase, still } from '../progress.ts';
import { writeFileInPieces } from '../utf8-sink.ts';
import type { ContentError } from './errors.ts';
import type { LinkQuote } from './link-context.ts';
import type { BadUrl } from './markdown.ts';
import type { LinkResolver, WikiLink } from './wiki-link.ts';

/** A file's parse and validation, which depend on nothing but the file itself. */
export interface CachedParse {
	data: Record<string, unknown>;
	valid: boolean;
	errors: ContentError[];
	body: string;
	bodyLine: number;
}

export interface CachedRender {
	html: string;
	links: WikiLink[];
	badUrls: BadUrl[];
	overLimitLine?: number;
	/** The sentence around each link, by target (link-context.ts). */
	contexts: [string, LinkQuote][];
	/** Every question the rendering asked: [href or title, id, answer]. */
	asked: [0 | 1, string, string | null][];
}

interface Entry {
	parse: CachedParse;
	render?: CachedRender;
}

const enabled = () => process.env.KENNISGRAAF_CONTENT_CACHE !== '0';
const dir = () => process.env.KENNISGRAAF_CONTENT_CACHE_DIR ?? 'node_modules/.cache/kennisgraaf-content';

/** The code and settings the loader's output depends on. */
function codeVersion(): string {
	const hash = createHash('sha256');
	const files = (dir: string): string[] =>
		existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)])) : [];
	for (const file of [...files('src/lib/server/load'), ...files('src/lib/registry'), 'src/lib/urls.ts', 'package-lock.json'].sort())
		if (existsSync(file)) hash.update(file).update(readFileSync(file));
	return hash.update(String(process.env.SITE_URL)).digest('hex');
}

/** One content folder's cache for one run of the loader: reads the previous entries, keeps the ones used. */
export class ContentCache {
	private version = '';
	private previous = new Map<string, Entry>();
	private next = new Map<string, Entry>();
	private changed = false;
	hits = 0;

	constructor(
		private root: string,
		private base: string
	) {}

	private get path() {
		return join(dir(), `${createHash('sha256').update(resolve(this.root)).update(this.base).digest('hex').slice(0, 16)}.json`);
	}

	/** Reads the stored entries, unless the loader's code has changed since. */
	open(memory?: ContentCache) {
		if (!enabled()) return this;
		this.version = codeVersion();
		if (memory?.version === this.version) this.previous = memory.next;
		else if (existsSync(this.path)) {
			try {
				this.previous = this.read(readFileSync(this.path, 'utf8'));
			} catch {
				// A damaged cache file is only a slower build.
				this.previous = new Map();
			}
		}
		return this;
	}

	/**
	 * The entries of a cache file: a line with the version, then one line per entry, parsed one at a time with a
	 * progress line now and then (at 50,000 files the whole file as one JSON.parse ran 2 s without a word).
	 */
	private read(text: string): Map<string, Entry> {
		const entries = new Map<string, Entry>();
		let at = text.indexOf('\n');
		if (at < 0 || (JSON.parse(text.slice(0, at)) as { version?: string }).version !== this.version) return entries;
		const big = text.length >= 1 << 20;
		if (big) phase('inhoudscache lezen');
		while (at < text.length - 1) {
			const end = text.indexOf('\n', at + 1);
			const [key, entry] = JSON.parse(text.slice(at + 1, end < 0 ? undefined : end)) as [string, Entry];
			entries.set(key, entry);
			if (big) still(`inhoudscache lezen ${entries.size}`);
			if (end < 0) break;
			at = end;
		}
		if (big) phase('inhoudscache gelezen', `${entries.size} bestanden`);
		return entries;
	}

	key(file: string, text: string) {
		return createHash('sha256').update(this.version).update(this.base).update(file).update('\0').update(text).digest('hex');
	}

	parse(key: string): CachedParse | undefined {
		const entry = this.previous.get(key);
		if (entry) {
			this.hits++;
			this.next.set(key, { parse: entry.parse, render: entry.render });
		}
		return entry?.parse;
	}

	storeParse(key: string, parse: CachedParse) {
		this.next.set(key, { parse });
		this.changed = true;
	}

	/** The stored rendering, if every link it resolved still resolves the same way. */
	render(key: string, resolver: LinkResolver): CachedRender | undefined {
		const render = this.next.get(key)?.render;
		if (!render) return undefined;
		const same = render.asked.every(([kind, id, answer]) => ((kind ? resolver.title(id) : resolver.href(id)) ?? null) === answer);
		return same ? render : undefined;
	}

	/** A resolver that notes what it was asked, for storeRender. */
	recording(resolver: LinkResolver): { resolver: LinkResolver; asked: CachedRender['asked'] } {
		const asked: CachedRender['asked'] = [];
		return {
			asked,
			resolver: {
				href: (id) => {
					const answer = resolver.href(id);
					asked.push([0, id, answer ?? null]);
					return answer;
				},
				title: (id) => {
					const answer = resolver.title(id);
					asked.push([1, id, answer ?? null]);
					return answer;
				}
			}
		};
	}

	storeRender(key: string, render: CachedRender) {
		const entry = this.next.get(key);
		if (!entry) return;
		entry.render = render;
		this.changed = true;
	}

	/** Writes the entries this run used (files that are gone drop out), when anything changed. */
	save() {
		if (!enabled() || (!this.changed && this.next.size === this.previous.size)) return;
		const tmp = `${this.path}.${process.pid}.tmp`;
		// Entry by entry: as one string, 50,000 files' entries took 3.3 s without a progress line.
		writeFileInPieces(tmp, 'inhoudscache', (sink) => {
			sink.write(`${JSON.stringify({ version: this.version })}\n`);
			for (const item of this.next) sink.write(`${JSON.stringify(item)}\n`);
		});
		// Written whole, then renamed: a build that stops halfway never leaves half a cache.
		renameSync(tmp, this.path);
	}
}
