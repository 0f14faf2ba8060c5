/**
 * Runs content validation inside Vite: `vite build` fails with every error listed,
 * and `vite dev` reloads on content edits and shows errors in the browser overlay.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { contentRoot } from './config.ts';
import { formatErrors } from './load/errors.ts';
import { loadContent } from './load/index.ts';

function validate() {
	const { errors } = loadContent(contentRoot());
	return errors.length ? formatErrors(errors) : undefined;
}

export function contentPlugin(): Plugin {
	return {
		name: 'kennisgraaf-content',
		buildStart() {
			if (process.env.VITEST || this.environment?.config.command !== 'build') return;
			const problems = validate();
			if (problems) {
				// A plain message and exit code 1: a stack trace would bury the list for a lector.
				console.error(`\n${problems}`);
				process.exit(1);
			}
		},
		configureServer(server: ViteDevServer) {
			const root = contentRoot();
			server.watcher.add(root);
			const onChange = (path: string) => {
				if (!path.startsWith(root)) return;
				globalThis.__kennisgraafVersion = (globalThis.__kennisgraafVersion ?? 0) + 1;
				const problems = validate();
				if (problems) {
					server.config.logger.error(problems);
					server.ws.send({ type: 'error', err: { message: problems, stack: '', plugin: 'kennisgraaf-content' } });
				} else {
					server.config.logger.info(`inhoud bijgewerkt: ${path.slice(root.length + 1)}`, { timestamp: true });
					server.ws.send({ type: 'full-reload' });
				}
			};
			server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
		}
	};
}
