/**
 * Two build versions, hashes of what a build is made of, so the same inputs give byte-identical builds (SvelteKit's
 * default is the build's start time, which changed every chunk that imports $app/environment):
 * - the code version (`buildVersion({ content: false })`, SvelteKit's `version.name`): code, lockfile and settings.
 *   It does not change with content, so a content edit leaves every page's scripts as they were and the pages a
 *   content edit does not touch can be kept from the previous build (src/lib/server/reuse/).
 * - the data version (`buildVersion()`): the same and the content. Pages carry it in
 *   `<meta name="kennisgraaf-data">` and ask for data files with it (`?v=`, src/lib/fresh.ts).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Settings that change the output (README "Settings", docs/webeditor.md); the output folders do not. */
// VITE_* variables are compiled into the client code (VITE_KG_TEST_HOOK).
const isSetting = (name) => name === 'BASE_PATH' || name === 'SITE_URL' || name.startsWith('CMS_') || name.startsWith('VITE_');
const INPUTS = ['package-lock.json', 'package.json', 'svelte.config.js', 'vite.config.ts', 'src', 'static'];

/**
 * Regular files under a path, sorted. Anything else is skipped: the content loader names it as an error, and a
 * pipe would block, a device never end, and a link to a folder above loop. Links to regular files count.
 */
function files(path, out = []) {
	let stats;
	try {
		stats = lstatSync(path);
		if (stats.isSymbolicLink()) stats = statSync(path);
	} catch {
		return out;
	}
	if (stats.isFile()) out.push(path);
	else if (stats.isDirectory() && !lstatSync(path).isSymbolicLink()) {
		let names = [];
		try {
			names = readdirSync(path).sort();
		} catch {
			// Unreadable: the loader reports it.
		}
		for (const name of names) files(join(path, name), out);
	}
	return out;
}

/** A file's bytes, or a marker when it cannot be read (the loader reports that). */
function bytesOf(file) {
	try {
		return readFileSync(file);
	} catch {
		return '\0unreadable';
	}
}

/**
 * Versions computed in this `vite build` process: it loads svelte.config.js twice (the second time a minute later, at
 * 10,000 files each costs seconds), and nothing a build hashes changes during it. `vite dev` and tests compute anew.
 */
const computed = new Map();
const building = process.argv.includes('build');

/** @param {{ root?: string, content?: boolean }} [options] without `content`, the code version */
export function buildVersion({ root = process.cwd(), content: withContent = true } = {}) {
	const content = resolve(root, process.env.KENNISGRAAF_CONTENT || 'content');
	const settings = Object.keys(process.env)
		.filter(isSetting)
		.sort()
		.map((name) => `${name}=${process.env[name]}\0`);
	const key = [root, withContent ? content : '', ...settings].join('\0');
	if (building && computed.has(key)) return computed.get(key);
	const hash = createHash('sha256');
	const parts = [[root, INPUTS.map((p) => join(root, p))]];
	if (withContent) parts.push([content, [content]]);
	for (const [base, paths] of parts) {
		for (const file of paths.flatMap((p) => files(p))) {
			// Paths relative to their folder, so a checkout's location does not count.
			hash
				.update(`${relative(base, file).split(sep).join('/')}\0`)
				.update(bytesOf(file))
				.update('\0');
		}
	}
	for (const setting of settings) hash.update(setting);
	const version = hash.digest('hex').slice(0, 12);
	computed.set(key, version);
	return version;
}
