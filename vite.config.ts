import { sveltekit } from '@sveltejs/kit/vite';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/vite-content-plugin.ts';
import { generatedPlugin } from './src/lib/server/generated-plugin.ts';
import { chunksPlugin } from './src/lib/server/chunks-plugin.ts';
import { contentRoot } from './src/lib/server/config.ts';
import { watchIgnored } from './src/lib/server/watch-ignored.ts';
import { endKitWorkersAfterResult } from './scripts/kit-workers.js';

// tsconfig.json extends .svelte-kit/tsconfig.json, which the TypeScript transform reads even when KIT_OUT_DIR puts
// this build's files elsewhere; in a fresh clone nothing has written it yet ("Tsconfig not found").
if (process.env.KIT_OUT_DIR && !existsSync('.svelte-kit/tsconfig.json')) {
	const { KIT_OUT_DIR: _, ...env } = process.env;
	execFileSync('npx', ['svelte-kit', 'sync'], { env, stdio: 'inherit' });
}

// SvelteKit's analyse and prerender threads would otherwise keep their heaps until the build ends (scripts/kit-workers.js).
if (!process.env.VITEST) endKitWorkersAfterResult();

/** Test files that mock a module (vi.mock). */
const MOCKS = 'tests/unit/registry-new-type.test.ts';

export default defineConfig({
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
});
