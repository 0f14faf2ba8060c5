/**
 * Large site-wide files (/graph.json, /graph.jsonld, /graph.ttl) written to disk as they are made.
 *
 * SvelteKit's prerender holds a response's whole body and copies it before it writes the file: at 50,000 nodes these
 * three files (226 MB) put half a gigabyte of buffers into the build's peak. So while building, their routes write
 * the file themselves, piece by piece, into a folder beside SvelteKit's prerendered files, and answer SvelteKit with
 * a short placeholder; the adapter (scripts/static-adapter.js) puts each file over its placeholder. A file without its
 * placeholder fails the build, and so does a route that cannot write its file (in the prerender).
 * (Plain JavaScript: the adapter, loaded by svelte.config.js, uses it too.)
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where a build's streamed files wait for the adapter; inside SvelteKit's output folder, which a build empties first. */
export const streamedDir = (/** @type {string} */ kitOutDir) => join(kitOutDir, 'output', 'streamed');

/** What SvelteKit writes for a streamed file, `file` being its path in the site (graph.json). */
export const placeholder = (/** @type {string} */ file) => `kennisgraaf: hier komt ${file}, los geschreven tijdens de build\n`;

/**
 * Moves every streamed file of this build over its placeholder in the site folder `pages`, then removes the folder.
 * @param {string} kitOutDir
 * @param {string} pages
 * @returns {string[]} the files placed, as paths in the site
 */
export function placeStreamed(kitOutDir, pages) {
	const dir = streamedDir(kitOutDir);
	if (!existsSync(dir)) return [];
	const placed = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())) {
		const from = join(entry.parentPath, entry.name);
		const file = relative(dir, from).split(sep).join('/');
		const to = join(pages, file);
		const expected = placeholder(file);
		const found = existsSync(to) && statSync(to).size === Buffer.byteLength(expected) ? readFileSync(to, 'utf8') : undefined;
		if (found !== expected)
			throw new Error(`${file} is tijdens de build geschreven, maar SvelteKit heeft er geen plaatshouder voor gemaakt: bouw opnieuw (npm run build)`);
		renameSync(from, to);
		placed.push(file);
	}
	rmSync(dir, { recursive: true, force: true });
	return placed;
}
