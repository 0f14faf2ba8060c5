/**
 * A build without bundling. When the code version (scripts/build-version.js: code, lockfile and settings) equals
 * the one the previous build into the same SvelteKit output folder was bundled with, that build's server and client
 * bundles are what `vite build` would make again. Content is read at prerender time, not bundled, so only these
 * steps of SvelteKit's build are left: check the content, analyse the routes, prerender, and run the adapter.
 *
 * SvelteKit has no public entry for them: `vite build` runs them in its plugin's writeBundle hook. This file calls the
 * same internal functions with the same arguments that hook passes (node_modules/@sveltejs/kit/src/exports/vite/
 * index.js, Kit 2.70), rebuilding those arguments from the previous build's files: the route manifest from
 * src/routes, the server's Vite manifest, and the client entry from the generated server manifest. The analysis and
 * the prerender, a thread each in Kit, share one here (scripts/kit-thread.js), which loads the site once. Every
 * internal it uses is looked up and checked first (kitInternals); anything missing or shaped otherwise makes
 * scripts/build.js run the full `vite build` and say why. tests/unit/page-reuse.test.ts compares the result with a full build, byte for byte.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { thisBuildVersion } from './build-version.js';
import { kitThread } from './kit-thread.js';
import { progressLine as progress } from './progress-line.js';
import { removeTree } from './remove-tree.js';
import { streamedDir } from './streamed-files.js';

/** The SvelteKit whose build steps this file reproduces; another version is used when its internals check out. */
const KIT_TESTED = '2.70.4';

/** @param {string} outDir SvelteKit's output folder (`kit.outDir`) */
const stampPath = (outDir) => join(outDir, 'output', 'kennisgraaf-bundle.json');

/** The installed SvelteKit's version and folder. */
function kitPackage() {
	const require = createRequire(import.meta.url);
	const file = require.resolve('@sveltejs/kit/package.json');
	return { dir: dirname(file), version: /** @type {string} */ (JSON.parse(readFileSync(file, 'utf8')).version) };
}

/**
 * Notes, after a build was written, which code version its bundles in `outDir/output` were made from. SvelteKit empties
 * that folder when it starts bundling, so a bundle that stopped halfway has no note.
 * @param {string} outDir
 */
export function writeStamp(outDir) {
	const path = stampPath(outDir);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, JSON.stringify({ code: thisBuildVersion('code'), kit: kitPackage().version }));
}

/**
 * Why this build must bundle, in Dutch, or undefined when the previous bundles can be used.
 * @param {string} outDir
 * @returns {string | undefined}
 */
export function whyBundle(outDir) {
	if (process.env.KENNISGRAAF_BUNDLE_CACHE === '0') return 'hergebruik van de bundels staat uit (KENNISGRAAF_BUNDLE_CACHE=0)';
	// Vite sets NODE_ENV itself (so it is not in the code version); another value asks for another kind of bundle.
	if ((process.env.NODE_ENV ?? 'production') !== 'production') return `NODE_ENV is ${process.env.NODE_ENV}`;
	/** @type {{ code?: string, kit?: string } | undefined} */
	let stamp;
	try {
		stamp = JSON.parse(readFileSync(stampPath(outDir), 'utf8'));
	} catch {
		return `er is geen afgeronde vorige build in ${outDir}`;
	}
	const code = thisBuildVersion('code');
	if (stamp?.code !== code) return `de code of de instellingen zijn gewijzigd sinds de vorige build (versie ${stamp?.code} → ${code})`;
	if (stamp?.kit !== kitPackage().version) return `SvelteKit is bijgewerkt sinds de vorige build`;
	const out = join(outDir, 'output');
	const needed = ['server/index.js', 'server/internal.js', 'server/env.js', 'server/manifest-full.js', 'server/.vite/manifest.json', 'client'];
	const missing = needed.filter((file) => !existsSync(join(out, file)));
	if (missing.length) return `de vorige bundels zijn onvolledig (${missing.join(', ')} ontbreekt)`;
	if (existsSync(join(out, 'client', 'service-worker.js'))) return 'de site heeft een service worker, die hier niet opnieuw wordt gebouwd';
	return undefined;
}

/** Thrown when SvelteKit's internals are not what this file expects: the caller bundles instead. */
export class KitShapeError extends Error {}

/**
 * SvelteKit's internal build steps, checked: each module must exist and export a function (of the expected arity,
 * as in the version this was written for).
 * @param {{ dir: string, version: string }} [kit] the installed SvelteKit's folder and version
 * @returns {Promise<Record<string, any>>}
 */
export async function kitInternals({ dir, version } = kitPackage()) {
	/** @type {[name: string, file: string, exported: string, arity: number][]} */
	const wanted = [
		['load_svelte_config', 'src/core/config/index.js', 'load_svelte_config', 0],
		['create_manifest_data', 'src/core/sync/create_manifest_data/index.js', 'default', 1],
		['get_env', 'src/exports/vite/utils.js', 'get_env', 2],
		['analyse', 'src/core/postbuild/analyse.js', 'default', 1],
		['prerender', 'src/core/postbuild/prerender.js', 'default', 1],
		['generate_manifest', 'src/core/generate_manifest/index.js', 'generate_manifest', 1],
		['adapt', 'src/core/adapt/index.js', 'adapt', 9],
		['logger', 'src/core/utils.js', 'logger', 1]
	];
	/** @type {Record<string, any>} */
	const found = {};
	for (const [name, file, exported, arity] of wanted) {
		const path = join(dir, file);
		if (!existsSync(path)) throw new KitShapeError(`SvelteKit ${version} heeft geen ${file}`);
		const fn = (await import(pathToFileURL(path).href))[exported];
		if (typeof fn !== 'function' || fn.length !== arity)
			throw new KitShapeError(`${file} van SvelteKit ${version} heeft geen ${exported}() zoals Kit ${KIT_TESTED}`);
		found[name] = fn;
		// The steps that run in a thread of their own, by their file (scripts/kit-thread.js runs both in one).
		if (name === 'analyse' || name === 'prerender') found[`${name}File`] = path;
	}
	return found;
}

/**
 * Checks the content, then prerenders and adapts from the previous bundles, as SvelteKit's writeBundle hook does
 * after bundling. Throws KitShapeError before anything is written when SvelteKit is not shaped as expected.
 * @param {{ verbose: boolean, checkContent: () => Promise<void> }} options
 */
export async function buildFromPreviousBundles({ verbose, checkContent }) {
	const kit = await kitInternals();
	// SvelteKit reads its options from the sveltekit() plugin in vite.config.ts, which reads svelte.config.js when it
	// is given none; reading svelte.config.js directly skips resolving Vite's whole configuration (about 2.5 CPU-s).
	// Loading it also hashes this build's data version.
	if (!/\bsveltekit\(\)/.test(readFileSync('vite.config.ts', 'utf8')))
		throw new KitShapeError('vite.config.ts geeft sveltekit() eigen opties, die hier niet gelezen worden');
	const config = await kit.load_svelte_config();
	const { kit: options } = config;
	const shape = [
		[options.router?.type === 'pathname', 'router.type'],
		[options.router?.resolution === 'client', 'router.resolution'],
		[options.output?.bundleStrategy === 'split', 'output.bundleStrategy'],
		[!options.experimental?.remoteFunctions && !options.experimental?.explicitEnvironmentVariables, 'experimental'],
		[Boolean(options.adapter), 'adapter']
	].filter(([ok]) => !ok);
	if (shape.length) throw new KitShapeError(`instellingen die dit pad niet nabouwt: ${shape.map(([, name]) => name).join(', ')}`);

	const out = join(options.outDir, 'output');
	const manifest_path = resolve(out, 'server', 'manifest-full.js');
	/** @type {import('@sveltejs/kit').SSRManifest} */
	const manifest = (await import(pathToFileURL(manifest_path).href)).manifest;
	const client = /** @type {any} */ (manifest)?._?.client;
	if (typeof client?.start !== 'string' || !Array.isArray(client?.imports) || client.nodes)
		throw new KitShapeError('het servermanifest van de vorige build heeft geen clientgegevens zoals verwacht');

	await checkContent();

	const mode = 'production';
	// What `vite build` gets from SvelteKit's sync step, without rewriting the generated type files.
	const manifest_data = kit.create_manifest_data({ config });
	const server_manifest = JSON.parse(readFileSync(join(out, 'server', '.vite', 'manifest.json'), 'utf8'));
	const base = options.paths.base;
	/** The arguments writeBundle builds (`build_data`), from the previous build's files. */
	const build_data = {
		app_dir: options.appDir,
		app_path: `${base.slice(1)}${base ? '/' : ''}${options.appDir}`,
		manifest_data,
		out_dir: out,
		service_worker: null,
		client,
		server_manifest
	};
	const env = kit.get_env(options.env, mode);
	const allEnv = { ...env.private, ...env.public };
	const log = kit.logger({ verbose });

	// Whatever a previous prerender left behind would otherwise be moved into the site by the adapter: the folders its
	// files were moved out of (scripts/static-adapter.js), 3.7 s at 10,000 nodes on a disk that discards on delete.
	removeTree(join(out, 'prerendered'), 'mappen van de vorige prerender opruimen');
	rmSync(streamedDir(options.outDir), { recursive: true, force: true });
	// SvelteKit's analysis thread loads the server bundle before the first line of its own.
	progress('routes analyseren');
	log.info('Analysing routes');
	// Both steps in one thread, which loads the server bundle and the site once (scripts/kit-thread.js).
	const thread = kitThread([kit.analyseFile, kit.prerenderFile]);
	/** @type {{ metadata: any }} */
	let analysed;
	/** @type {{ prerendered: any, prerender_map: Map<string, any> }} */
	let rendered;
	try {
		// No features are tracked: that list comes from bundling, and only adapters with limits check it (not adapter-static).
		analysed = await thread.run(kit.analyseFile, {
			hash: false,
			manifest_path,
			manifest_data,
			server_manifest,
			tracked_features: {},
			env: allEnv,
			out,
			remotes: []
		});
		rendered = await thread.run(kit.prerenderFile, { hash: false, out, manifest_path, metadata: analysed.metadata, verbose, env: allEnv });
	} finally {
		await thread.end();
	}
	const { metadata } = analysed;
	const { prerendered, prerender_map } = rendered;
	writeFileSync(
		join(out, 'server', 'manifest.js'),
		`export const manifest = ${kit.generate_manifest({
			build_data,
			prerendered: prerendered.paths,
			relative_path: '.',
			routes: manifest_data.routes.filter((/** @type {{ id: string }} */ route) => prerender_map.get(route.id) !== true),
			remotes: []
		})};\n`
	);
	// The builder reads only the mode from Vite's resolved config (for the environment of generated modules).
	await kit.adapt(config, build_data, metadata, prerendered, prerender_map, log, [], { mode }, null);
}
