/**
 * `npm run build` [-- --logLevel info|warn|error|silent]: builds the site, without bundling when it can.
 *
 * When the code and settings are those the previous build into the same SvelteKit output folder (KIT_OUT_DIR) was
 * bundled with, that build's bundles are reused and only the content is checked, prerendered and written
 * (scripts/bundle-reuse.js). Otherwise, or when SvelteKit's internals are not as expected, this runs `vite build`.
 * Either way it prints one line saying which path it took and why. Any other argument goes to `vite build` as it is.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFromPreviousBundles, KitShapeError, whyBundle } from './bundle-reuse.js';
import { checkContent } from './check-bundle.js';
import { heapFlag, heapFlagsOf } from './build-heap.js';
import { endKitWorkersAfterResult } from './kit-workers.js';
import { tierUpFlag, tierUpFlagsOf } from './build-tier-up.js';
import { clockEnv, progressLine as say, spawnWatched, watchProgress } from './progress-line.js';

/**
 * Picks the path and runs it; the steps are passed in so a test can run the choice alone.
 * @param {{ why: () => string | undefined, fast: () => Promise<void>, full: () => number | Promise<number>, log?: (line: string) => void }} steps
 * @returns {Promise<number>} the exit code
 */
export async function buildSite({ why, fast, full, log = say }) {
	const reason = why();
	if (reason) {
		log(`volledige build met bundelen: ${reason}`);
		return full();
	}
	log('build zonder bundelen: de code en instellingen zijn dezelfde als bij de vorige build in deze map');
	try {
		await fast();
		return 0;
	} catch (e) {
		// SvelteKit shaped otherwise than expected (KitShapeError, checked before anything is written), or a step that
		// failed on the way: bundling rebuilds everything, the adapter's output folder included. (Content errors do not
		// get here: the content check lists them and exits.)
		const why = e instanceof KitShapeError ? e.message : `de stap zonder bundelen mislukte: ${e instanceof Error ? e.message : e}`;
		log(`toch een volledige build met bundelen: ${why}`);
		return full();
	}
}

/** Vite's command line (`vite build` without npx, which would add a second Node process). */
function viteBin() {
	const pkg = createRequire(import.meta.url).resolve('vite/package.json');
	return join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin.vite);
}

/** The log level, when that is the only argument; undefined when `vite build` must see the arguments itself. */
function logLevel(/** @type {string[]} */ args) {
	if (args.length === 0) return 'info';
	if (args.length === 2 && (args[0] === '--logLevel' || args[0] === '-l')) return args[1];
	return undefined;
}

async function main() {
	// A heap limit sized to the content (build-heap.js) and a later tier-up (build-tier-up.js), which V8 only takes at
	// start: this process restarts once with them.
	const flags = [...heapFlag(), ...tierUpFlag()];
	if (flags.length)
		process.exit(
			spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
				stdio: 'inherit',
				env: { ...process.env, ...clockEnv() }
			}).status ?? 1
		);
	// The build without bundling runs SvelteKit's analyse and prerender threads in this process (scripts/kit-workers.js).
	endKitWorkersAfterResult();
	const args = process.argv.slice(2);
	const level = logLevel(args);
	const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';
	const code = await buildSite({
		why: () => (level === undefined ? `opties voor vite build: ${args.join(' ')}` : whyBundle(outDir)),
		fast: () => {
			// SvelteKit's threads do the work; this thread waits, and says so when they are quiet.
			watchProgress();
			return buildFromPreviousBundles({
				verbose: level === 'info',
				// The content check of a full build (the Vite plugin's): every error listed, exit code 1.
				checkContent: async () => {
					say('inhoudscontrole laden');
					await checkContent();
				}
			});
		},
		// Vite's process gets this one's heap limit and tier-up; this process says so when it is quiet (spawnWatched).
		full: () => {
			say('Vite starten');
			return spawnWatched(process.execPath, [...heapFlagsOf(process.execArgv), ...tierUpFlagsOf(process.execArgv), viteBin(), 'build', ...args]);
		}
	});
	process.exit(code);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
