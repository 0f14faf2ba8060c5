/**
 * The build version (SvelteKit's `version.name`, the `?v=` of data files): a hash of everything a build is made of,
 * so the same content, code, lockfile and settings give the same version, and so byte-identical builds.
 * SvelteKit's default is the build's start time, which changed every chunk that imports $app/environment.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Settings that change the output (README "Settings", docs/webeditor.md); the output folders do not. */
const isSetting = (name) => name === 'BASE_PATH' || name === 'SITE_URL' || name.startsWith('CMS_');
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

export function buildVersion(root = process.cwd()) {
	const hash = createHash('sha256');
	const content = resolve(root, process.env.KENNISGRAAF_CONTENT || 'content');
	for (const [base, paths] of [
		[root, INPUTS.map((p) => join(root, p))],
		[content, [content]]
	]) {
		for (const file of paths.flatMap((p) => files(p))) {
			// Paths relative to their folder, so a checkout's location does not count.
			hash
				.update(`${relative(base, file).split(sep).join('/')}\0`)
				.update(bytesOf(file))
				.update('\0');
		}
	}
	for (const name of Object.keys(process.env).filter(isSetting).sort()) hash.update(`${name}=${process.env[name]}\0`);
	return hash.digest('hex').slice(0, 12);
}
