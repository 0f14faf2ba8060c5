/**
 * adapter-static, except that prerendered files are moved into the output folder instead of copied: at 10,000 nodes
 * copying took 7 s, and the next build spent 21 s deleting the copies SvelteKit had left behind.
 */
import adapter from '@sveltejs/adapter-static';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Moves every entry of `from` into `to`, merging folders that exist on both sides. */
function moveInto(from, to) {
	if (!existsSync(from)) return;
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		const [src, dest] = [join(from, name), join(to, name)];
		if (existsSync(dest) && statSync(dest).isDirectory() && statSync(src).isDirectory()) moveInto(src, dest);
		else renameSync(src, dest);
	}
}

/** A progress line as src/lib/server/progress.ts prints them (this file is plain JavaScript, loaded by svelte.config.js). */
const progress = (/** @type {string} */ what) =>
	process.env.KENNISGRAAF_PROGRESS !== '0' && console.log(`[kennisgraaf] ${what} (${process.uptime().toFixed(1)} s)`);

/** @param {import('@sveltejs/adapter-static').AdapterOptions} options */
export default function staticAdapter(options) {
	const inner = adapter(options);
	return {
		...inner,
		/** @param {import('@sveltejs/kit').Builder} builder */
		adapt(builder) {
			const source = join(builder.config.kit.outDir, 'output', 'prerendered');
			// The same builder, with writePrerendered moving files (the parts it would copy, in the same order).
			const moving = Object.create(builder);
			moving.writePrerendered = (dest) => {
				progress(`bestanden naar ${dest} verplaatsen`);
				for (const part of ['pages', 'dependencies', 'data']) moveInto(join(source, part), dest);
				progress('bestanden verplaatst');
				return [];
			};
			return inner.adapt(moving);
		}
	};
}
