/**
 * Runs content validation inside Vite: `vite build` fails with every error listed,
 * and `vite dev` reloads on content edits and shows errors in the browser overlay.
 */
import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { contentRoot } from './config.ts';
import { formatErrors } from './load/errors.ts';
import { loadContent } from './load/index.ts';
import { phase, still } from './progress.ts';
import { SNAPSHOT_ENV, snapshotPath, writeSnapshot } from './load/snapshot.ts';
import { shareLoaded } from './load/dev-share.ts';

// Mirrors svelte.config.js, so the snapshot's URLs match the pages' base path.
const basePath = () => (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/**
 * Loads the content in `npm run dev`, for its errors, and hands the result to the pages (load/dev-share.ts).
 * `changed`: the files edited since the previous load; without it every file is read.
 */
function validate(changed?: ReadonlySet<string>) {
	const [root, base] = [contentRoot(), basePath()];
	const result = loadContent(root, { base, cache: 'memory', changed });
	shareLoaded(root, base, result);
	return result.errors.length ? formatErrors(result.errors) : undefined;
}

/** Validates once per build and leaves a snapshot for the prerender step (also for scripts/build.js without bundling). */
export function validateBuild() {
	if (process.env[SNAPSHOT_ENV]) return;
	const root = contentRoot();
	phase('inhoud controleren', root);
	const { nodes, relations, errors } = loadContent(root, { base: basePath(), cache: 'disk', progress: true });
	if (errors.length) {
		// A plain message and exit code 1: a stack trace would bury the list for a lector.
		console.error(`\n${formatErrors(errors)}`);
		process.exit(1);
	}
	const path = snapshotPath();
	writeSnapshot(path, { root, base: basePath(), result: { nodes, relations } });
	process.env[SNAPSHOT_ENV] = path;
}

/** Quiet time after a content event before validating, and the second look at a file still in error. */
const SETTLE_MS = 30;
const RECHECK_MS = 400;

export function contentPlugin(): Plugin {
	const modules = new Map<string, number>();
	return {
		name: 'kennisgraaf-content',
		buildStart() {
			if (process.env.VITEST || this.environment?.config.command !== 'build') return;
			validateBuild();
			// The check's garbage (600 MB at 50,000 files) is collected before bundling, where the build allows it
			// (scripts/build-heap.js starts large builds with --expose-gc); about a second there, so it says so.
			const gc = (globalThis as { gc?: () => void }).gc;
			if (gc) {
				phase('geheugen van de inhoudscontrole vrijgeven');
				gc();
			}
			phase('bundelen', this.environment.name);
		},
		// Bundling shows it is moving too: the modules it has read, then the chunks it has written.
		transform() {
			if (this.environment?.config.command !== 'build') return;
			const name = this.environment.name;
			modules.set(name, (modules.get(name) ?? 0) + 1);
			still(`bundelen ${name}: ${modules.get(name)} modules gelezen`);
		},
		renderChunk() {
			if (this.environment?.config.command === 'build') still(`bundelen ${this.environment.name}: stukken schrijven`);
			return null;
		},
		writeBundle() {
			if (process.env.VITEST || this.environment?.config.command !== 'build') return;
			phase('gebundeld', this.environment.name);
		},
		configureServer(server: ViteDevServer) {
			const root = contentRoot();
			server.watcher.add(root);
			const overlay = (message: string) => ({ type: 'error' as const, err: { message, stack: '', plugin: 'kennisgraaf-content' } });
			// Errors from before a page was opened (at start, or before a reload) are shown to every new page too.
			let problems = validate();
			if (problems) server.config.logger.error(problems);
			server.ws.on('vite:client:connect', (_data, client) => {
				if (problems) client.send(overlay(problems));
			});
			const pending = new Set<string>();
			let timer: ReturnType<typeof setTimeout> | undefined;
			/**
			 * Edits are validated a moment after the last event: an editor's save (truncate, then write) gives two events, and
			 * a busy machine can deliver the first while the file is still empty. A file still in error is read once more a little
			 * later, since the watcher may fold the second event into the first.
			 */
			const revalidate = (again: boolean) => {
				const changed = new Set(pending);
				pending.clear();
				globalThis.__kennisgraafVersion = (globalThis.__kennisgraafVersion ?? 0) + 1;
				const before = problems;
				problems = validate(changed);
				if (problems) {
					// The second look says nothing when it finds what the first found.
					if (again || problems !== before) {
						server.config.logger.error(problems);
						server.ws.send(overlay(problems));
					}
					if (again) {
						for (const file of changed) pending.add(file);
						schedule(RECHECK_MS, false);
					}
				} else {
					server.config.logger.info(`inhoud bijgewerkt: ${[...changed].join(', ')}`, { timestamp: true });
					server.ws.send({ type: 'full-reload' });
				}
			};
			const schedule = (ms: number, again: boolean) => {
				clearTimeout(timer);
				timer = setTimeout(() => revalidate(again), ms);
			};
			const onChange = (path: string) => {
				if (!path.startsWith(root)) return;
				pending.add(relative(root, path).split(sep).join('/'));
				schedule(SETTLE_MS, true);
			};
			server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
		}
	};
}
