import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { ViteUserConfig } from 'vitest/config';

// tsconfig.json extends .svelte-kit/tsconfig.json, which the TypeScript transform reads even when KIT_OUT_DIR puts
// this build's files elsewhere; in a fresh clone nothing has written it yet ("Tsconfig not found").
if (process.env.KIT_OUT_DIR && !existsSync('.svelte-kit/tsconfig.json')) {
	const { KIT_OUT_DIR: _, ...env } = process.env;
	execFileSync('npx', ['svelte-kit', 'sync'], { env, stdio: 'inherit' });
}

/** Test files that mock a module (vi.mock). */
const MOCKS = 'tests/unit/registry-new-type.test.ts';

export default defineConfig(async ({ command }): Promise<ViteUserConfig> => {
	// SvelteKit's route analysis and prerender threads resolve this config only to look for SvelteKit's options in it
	// (load_config in @sveltejs/kit/src/core/config/index.js); finding none, they read svelte.config.js, where the same
	// options are. Loading the plugins there cost each thread 1.4 CPU-s, so it gets none: the plugins are imported
	// only where they run.
	if (process.env.SVELTEKIT_FORK) return {};
	// A build's first seconds go to loading Vite, SvelteKit and the plugins: the build says so.
	// While SvelteKit's threads work, this one says so when they are quiet (scripts/progress-line.js).
	const progress = command === 'build' ? await import('./scripts/progress-line.js') : undefined;
	const say = (text: string) => !process.env.VITEST && progress?.progressLine(text);
	say('Vite en de plugins laden');
	if (!process.env.VITEST) progress?.watchProgress();
	// SvelteKit first, with a line after it: loading all of it at once kept the thread busy 2.7 s without one.
	const { sveltekit } = await import('@sveltejs/kit/vite');
	say('SvelteKit geladen, de eigen plugins laden');
	const [{ contentPlugin }, { generatedPlugin }, { chunksPlugin }, { contentRoot }, { watchIgnored }, { endKitWorkersAfterResult }] = await Promise.all([
		import('./src/lib/server/vite-content-plugin.ts'),
		import('./src/lib/server/generated-plugin.ts'),
		import('./src/lib/server/chunks-plugin.ts'),
		import('./src/lib/server/config.ts'),
		import('./src/lib/server/watch-ignored.ts'),
		import('./scripts/kit-workers.js')
	]);
	// SvelteKit's analyse and prerender threads would otherwise keep their heaps until the build ends (scripts/kit-workers.js).
	if (!process.env.VITEST) endKitWorkersAfterResult();
	return {
		plugins: [contentPlugin(), generatedPlugin(), chunksPlugin(), sveltekit()],
		// Prerendering dominates the build by design; rolldown's plugin-timing report would only be noise.
		build: { rolldownOptions: { checks: { pluginTimings: false } } },
		server: { watch: { ignored: watchIgnored(contentRoot()) } },
		test: {
			// Vitest's default on two cores is one worker. The slowest files (page reuse, the hostile build) mostly wait
			// for a child build process; a second worker runs the other files meanwhile.
			maxWorkers: 2,
			testTimeout: 30000,
			// Hooks that remove a test's builds ran past the 10 s default on a busy machine.
			hookTimeout: 120000,
			projects: [
				// Files in one worker share their imported modules: importing the site's code once per file took 46 of the
				// run's 130 s. A file that mocks a module needs its own module graph.
				{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [MOCKS], isolate: false } },
				{ extends: true, test: { name: 'mocks', include: [MOCKS] } }
			]
		}
	};
});
