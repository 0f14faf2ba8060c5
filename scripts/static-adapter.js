/**
 * adapter-static, except that
 * - prerendered files are moved into the output folder instead of copied: at 10,000 nodes copying took 7 s, and the
 *   next build spent 21 s deleting the copies SvelteKit had left behind;
 * - when this build kept pages from the previous one (scripts/page-record.js), the output folder is not emptied
 *   first: the new files are written over it, the kept pages get this build's data version, and every other file the
 *   build did not write is removed afterwards;
 * - the fallback page (404.html) of the previous build with the same code is taken, with this build's data version;
 * - the large files written during the prerender (scripts/streamed-files.js) are put over their placeholders;
 * - it notes which code version the bundles were made from, so the next build can skip bundling (scripts/build.js).
 */
import adapter from '@sveltejs/adapter-static';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	rmdirSync,
	statSync,
	unlinkSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { thisBuildVersion } from './build-version.js';
import { writeStamp } from './bundle-reuse.js';
import { previousFallback, saveFallback, saveRecord, takePending } from './page-record.js';
import { placeStreamed } from './streamed-files.js';
import { progressLine as progress, throttledProgress } from './progress-line.js';
import { removeTree, rmdirDeep } from './remove-tree.js';

/**
 * Moves every entry of `from` into `to`, merging folders that exist on both sides; tells `moved` of each file moved,
 * when given (a folder moved whole is then walked for its files: 5 s at 50,000 nodes, so only when needed).
 * @param {string} from
 * @param {string} to
 * @param {(dest: string) => void} [moved]
 * @param {(text: string) => void} [tick] prints a progress line now and then
 */
function moveInto(from, to, moved, tick = throttledProgress()) {
	if (!existsSync(from)) return;
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		// Merging into folders that exist took 2.8 s at 50,000 nodes.
		tick(`bestanden verplaatsen: ${to}`);
		const [src, dest] = [join(from, name), join(to, name)];
		if (statSync(src).isDirectory() && (!existsSync(dest) || statSync(dest).isDirectory())) {
			if (existsSync(dest)) moveInto(src, dest, moved, tick);
			else {
				renameSync(src, dest);
				if (moved) for (const file of filesUnder(dest)) moved(file);
			}
		} else {
			if (existsSync(dest) && statSync(dest).isDirectory()) rmdirDeep(dest);
			renameSync(src, dest);
			moved?.(dest);
		}
	}
}

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * Removes every file below `dir` that `keep` (given the path relative to `root`, with forward slashes) does not
 * want, and every folder left empty, `dir` itself too unless it is `root`. One listing per folder: listing the
 * files first and the emptied folders after took three (1 s of a second build at 10,000 nodes, 12,000 folders).
 * @param {string} root @param {(rel: string) => boolean} keep @param {() => void} visited called for every folder
 * @param {string} [dir] @param {string} [rel] `dir` relative to `root`, ending in a slash
 * @returns {boolean} whether `dir` was removed
 */
export function pruneUnder(root, keep, visited, dir = root, rel = '') {
	visited();
	let left = 0;
	for (const d of readdirSync(dir, { withFileTypes: true })) {
		const [path, name] = [join(dir, d.name), rel + d.name];
		if (d.isDirectory() ? !pruneUnder(root, keep, visited, path, `${name}/`) : keep(name)) left++;
		else if (!d.isDirectory()) unlinkSync(path);
	}
	if (left || dir === root) return false;
	rmdirSync(dir);
	return true;
}

const META = Buffer.from('<meta name="kennisgraaf-data" content="');

/**
 * Writes this build's data version into a kept page, in place: the tag sits near the top of every page, and the
 * version has a fixed length, so only those bytes change.
 * @param {string} file
 * @param {string} version
 */
function patchDataVersion(file, version) {
	const fd = openSync(file, 'r+');
	try {
		const head = Buffer.alloc(4096);
		const n = readSync(fd, head, 0, head.length, 0);
		const at = head.subarray(0, n).indexOf(META);
		const end = at < 0 ? -1 : head.indexOf('"', at + META.length);
		if (at < 0 || end < 0 || end - at - META.length !== Buffer.byteLength(version))
			throw new Error(`kept page ${file} has no data version to update: build again with KENNISGRAAF_PAGE_CACHE=0`);
		writeSync(fd, version, at + META.length, 'utf8');
	} finally {
		closeSync(fd);
	}
}

/**
 * A page's text with `version` as its data version, or undefined when it has no data version tag.
 * @param {string} html @param {string} version
 */
export function withDataVersion(html, version) {
	const meta = META.toString();
	const at = html.indexOf(meta);
	const end = at < 0 ? -1 : html.indexOf('"', at + meta.length);
	return end < 0 ? undefined : html.slice(0, at + meta.length) + version + html.slice(end);
}

/** @param {import('@sveltejs/adapter-static').AdapterOptions} options */
export default function staticAdapter(options) {
	const inner = adapter(options);
	const pages = resolve(options.pages ?? 'build');
	return {
		...inner,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			const out = builder.config.kit.outDir;
			const source = join(out, 'output', 'prerendered');
			const pending = takePending(out, pages);
			const kept = new Set(pending?.kept ?? []);
			const keep = kept.size > 0 && resolve(options.assets ?? pages) === pages;
			/** Files this build wrote, relative to the output folder. */
			const written = new Set();
			const note = (/** @type {string} */ file) => written.add(relative(pages, file).split(sep).join('/'));
			// The same builder, with writePrerendered moving files (the parts it would copy, in the same order).
			const moving = Object.create(builder);
			moving.writePrerendered = (/** @type {string} */ dest) => {
				progress(`bestanden naar ${dest} verplaatsen`);
				// Only a build that keeps pages needs to know what it wrote (the rest of the folder is removed after).
				for (const part of ['pages', 'dependencies', 'data']) moveInto(join(source, part), dest, keep ? note : undefined);
				progress('bestanden verplaatst');
				return [];
			};
			// A cold build empties the folder first: at 10,000 nodes deleting the previous build took 6 s.
			moving.rimraf = (/** @type {string} */ dir) => {
				if (resolve(dir) !== pages) return builder.rimraf(dir);
				if (keep) return;
				if (!existsSync(pages)) return;
				if (!statSync(pages).isDirectory()) return builder.rimraf(dir);
				removeTree(pages, `vorige build in ${options.pages ?? 'build'} verwijderen`);
			};
			if (keep) {
				moving.writeClient = (/** @type {string} */ dest) => {
					const files = builder.writeClient(dest);
					for (const file of files) note(resolve(dest, file));
					return files;
				};
			}
			// The fallback page renders in a process of its own: a second build takes the previous one's, with its own
			// data version (scripts/page-record.js, previousFallback).
			moving.generateFallback = async (/** @type {string} */ dest) => {
				const [code, data] = [thisBuildVersion('code'), thisBuildVersion('data')];
				const previous = previousFallback(pages, code);
				const html = previous === undefined ? undefined : withDataVersion(previous, data);
				if (html === undefined) {
					progress('404-pagina maken');
					await builder.generateFallback(dest);
					saveFallback(pages, code, readFileSync(dest, 'utf8'));
				} else {
					progress('404-pagina uit de vorige build behouden');
					writeFileSync(dest, html);
				}
				note(resolve(dest));
			};
			// Forgotten while the folder is rewritten: a build that stops halfway leaves no record that could claim an
			// old page for a page it already overwrote.
			saveRecord(pages, undefined);
			await inner.adapt(moving);
			placeStreamed(out, pages);
			if (keep) {
				const version = thisBuildVersion('data');
				progress(`${kept.size} behouden bestanden bijwerken`);
				const every = throttledProgress();
				let done = 0;
				// A page's data file (__data.json) holds its load's output only, no data version.
				for (const file of kept) {
					if (file.endsWith('.html')) patchDataVersion(join(pages, file), version);
					every(`behouden bestanden bijgewerkt ${++done}/${kept.size}`);
				}
				progress('bestanden van de vorige build opruimen die deze build niet schreef');
				pruneUnder(
					pages,
					(rel) => written.has(rel) || kept.has(rel),
					() => every('bestanden van de vorige build nagaan')
				);
				/** @type {Map<string, number>} */
				const perFolder = new Map();
				for (const [folder] of [...kept].map((file) => file.split('/'))) perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
				const folders = [...perFolder].map(([folder, n]) => `${folder} ${n}`).join(', ');
				builder.log.minor(`${kept.size} bestanden uit de vorige build behouden (${folders})`);
			}
			saveRecord(pages, pending);
			// The next build into this SvelteKit folder may reuse its bundles (scripts/build.js).
			writeStamp(out);
		}
	};
}
