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
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { progressLine, throttledProgress } from './progress-line.js';

/** Settings that change the output (README "Settings", docs/webeditor.md); the output folders do not. */
// VITE_* variables are compiled into the client code (VITE_KG_TEST_HOOK). Not NODE_ENV: Vite sets it while building,
// so the build and scripts/build.js, which compares versions before Vite runs, would see different settings.
const isSetting = (/** @type {string} */ name) => name === 'BASE_PATH' || name === 'SITE_URL' || name.startsWith('CMS_') || name.startsWith('VITE_');
/**
 * Everything the bundles are made from, besides node_modules (the lockfile stands for it). A second build reuses the
 * previous bundles when this code version is unchanged (scripts/build.js), so a file the bundles import from outside
 * src/ must be listed here: the docs (imported as text), the build scripts the server code or the config loads,
 * and Vite's .env files.
 */
export const INPUTS = [
	'package-lock.json',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'src',
	'static',
	'docs',
	'scripts/build-version.js',
	'scripts/check-bundle.js',
	'scripts/listed-pages.js',
	'scripts/page-record.js',
	'scripts/progress-line.js',
	'scripts/static-adapter.js',
	'scripts/streamed-files.js',
	'.env',
	'.env.local',
	'.env.production',
	'.env.production.local'
];

/**
 * Regular files under a path, sorted. Anything else is skipped: the content loader names it as an error, and a
 * pipe would block, a device never end, and a link to a folder above loop. Links to regular files count.
 * @param {string} path
 * @param {string[]} [out]
 * @returns {string[]}
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
		/** @type {string[]} */
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

/**
 * A file's bytes, or a marker when it cannot be read (the loader reports that).
 * @param {string} file
 */
function bytesOf(file) {
	try {
		return readFileSync(file);
	} catch {
		return '\0unreadable';
	}
}

/**
 * The folder a content path names, following a link (files() does not descend into a linked folder).
 * @param {string} path
 */
function realContent(path) {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}

/**
 * @param {{ root?: string, content?: boolean, read?: (done: number, total: number) => void }} [options] without
 * `content`, the code version; `read` is told of each file hashed
 */
export function buildVersion({ root = process.cwd(), content: withContent = true, read = () => {} } = {}) {
	const content = resolve(root, process.env.KENNISGRAAF_CONTENT || 'content');
	const settings = currentSettings();
	const hash = createHash('sha256');
	/** @type {[string, string[]][]} */
	const parts = [[root, INPUTS.map((p) => join(root, p))]];
	// The content folder itself may be a link (a corpus shared between checkouts): its files count like any other's.
	if (withContent) parts.push([content, [realContent(content)]]);
	const listed = parts.map(([base, paths]) => /** @type {const} */ ([base, paths.flatMap((p) => files(p))]));
	const total = listed.reduce((n, [, list]) => n + list.length, 0);
	let done = 0;
	for (const [base, list] of listed) {
		for (const file of list) {
			// Paths relative to their folder, so a checkout's location does not count.
			hash
				.update(`${relative(base, file).split(sep).join('/')}\0`)
				.update(bytesOf(file))
				.update('\0');
			read(++done, total);
		}
	}
	for (const setting of settings) hash.update(setting);
	return hash.digest('hex').slice(0, 12);
}

/** The settings of this process that change the output, as `NAME=value\0` lines. */
const currentSettings = () =>
	Object.keys(process.env)
		.filter(isSetting)
		.sort()
		.map((name) => `${name}=${process.env[name]}\0`);

/**
 * This build's versions, each hashed once per build. The first call in a process hashes and leaves the result in
 * the environment, where every later call finds it: `vite build` loads svelte.config.js twice, SvelteKit's analyse
 * and prerender worker threads load it again with a copy of the environment, and the static adapter and the pages
 * read the data version (at 10,000 files each hash of the content costs seconds). A value counts only in the
 * process that computed it (threads share its pid) and for the same folders and settings: a child process, a build
 * that a test starts after editing content for one, hashes its own.
 */
const SHARED = 'KENNISGRAAF_BUILD_VERSIONS';

/** What a shared value is for: this process, the checkout, the content folder and the settings. */
const sharedKey = () =>
	createHash('sha256')
		.update([process.pid, process.cwd(), resolve(process.env.KENNISGRAAF_CONTENT || 'content'), ...currentSettings()].join('\0'))
		.digest('hex')
		.slice(0, 8);

/** @returns {{ code?: string, data?: string }} */
function shared() {
	const [key, code, data] = (process.env[SHARED] ?? '').split(':');
	return key === sharedKey() ? { code: code || undefined, data: data || undefined } : {};
}

/**
 * The version of this build hashed so far, if any (`code` or `data`, as described at the top), without hashing.
 * @param {'code' | 'data'} kind
 * @returns {string | undefined}
 */
export const sharedVersion = (kind) => shared()[kind];

/**
 * The version of this build (`code` or `data`), hashed on the first call in this build process only.
 * @param {'code' | 'data'} kind
 * @returns {string}
 */
export function thisBuildVersion(kind) {
	const versions = shared();
	// Hashing the content reads every file (seconds at 50,000 nodes): a build says so (not a linter loading the config).
	const building = process.argv.includes('build') || /scripts[/\\]build\.js$/.test(process.argv[1] ?? '');
	const say = kind === 'data' && !versions.data && building ? progressLine : () => {};
	const what = 'versie van code en inhoud berekenen';
	say(what);
	const every = throttledProgress(say);
	const read = (/** @type {number} */ done, /** @type {number} */ total) => every(`${what} ${done}/${total}`);
	const version = (versions[kind] ??= buildVersion({ content: kind === 'data', read }));
	say(`versie van code en inhoud ${version}`);
	process.env[SHARED] = [sharedKey(), versions.code ?? '', versions.data ?? ''].join(':');
	return version;
}
