/** Keeps the registry-generated files (JSON Schemas, docs/velden.md) current in every build and dev server. */
import type { Plugin } from 'vite';
import { writeGenerated } from './emit/generated.ts';

export function generatedPlugin(): Plugin {
	const write = (log: (msg: string) => void) => {
		const changed = writeGenerated();
		if (changed.length) log(`bijgewerkt uit het typeregister: ${changed.join(', ')}`);
	};
	return {
		name: 'kennisgraaf-generated',
		buildStart() {
			// Tests check these files instead of rewriting them.
			if (process.env.VITEST || this.environment?.config.command !== 'build') return;
			write((msg) => console.log(`[kennisgraaf] ${msg}`));
		},
		configureServer(server) {
			write((msg) => server.config.logger.info(msg, { timestamp: true }));
		}
	};
}
