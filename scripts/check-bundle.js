/**
 * The content check for a build without bundling (scripts/build.js): the Vite plugin's validateBuild, made into one
 * JavaScript file by esbuild and kept per code version (scripts/build-version.js), which covers its sources and the
 * lockfile. Loading the TypeScript sources through tsx took 1.8 CPU-s of every second build (a module-hooks thread
 * resolving and transforming each file); the kept file loads in about 0.6. Packages stay outside the file and load
 * from node_modules, as they do for the plugin.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { thisBuildVersion } from './build-version.js';

const ENTRY = 'src/lib/server/vite-content-plugin.ts';
/** Inside node_modules, so the packages the file imports resolve from it. */
const dir = () => resolve(process.env.KENNISGRAAF_CHECK_CACHE_DIR ?? 'node_modules/.cache/kennisgraaf-check');

/**
 * The file for this code version, made when it is not there yet. Other versions' files go once a day old: a build
 * with other settings, running beside this one, may be about to load its own.
 * @returns {Promise<string>} its path
 */
export async function checkBundle() {
	const file = join(dir(), `${thisBuildVersion('code')}.mjs`);
	if (existsSync(file)) return file;
	const { build } = await import('esbuild');
	const tmp = `${file}.${process.pid}.tmp.mjs`;
	await build({ entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: tmp, logLevel: 'error' });
	mkdirSync(dir(), { recursive: true });
	const dayAgo = Date.now() - 86_400_000;
	for (const old of readdirSync(dir()).map((name) => join(dir(), name)))
		if (old !== tmp && (statSync(old, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < dayAgo) rmSync(old, { force: true });
	renameSync(tmp, file);
	return file;
}

/** Validates the content as a full build does: every error listed, exit code 1. */
export async function checkContent() {
	const plugin = await import(pathToFileURL(await checkBundle()).href);
	plugin.validateBuild();
}
