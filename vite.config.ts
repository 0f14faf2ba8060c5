import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/vite-content-plugin.ts';
import { generatedPlugin } from './src/lib/server/generated-plugin.ts';

export default defineConfig({
	plugins: [contentPlugin(), generatedPlugin(), sveltekit()],
	// Prerendering dominates the build by design; rolldown's plugin-timing report would only be noise.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	// A build next to `npm run dev` (or another engineer's) must not trigger reloads of every page.
	server: { watch: { ignored: ['**/build/**', '**/build-*/**', '**/.svelte-kit-*/**', '**/test-results/**', '**/bench/**'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 30000
	}
});
