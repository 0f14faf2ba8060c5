import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/vite-content-plugin.ts';

export default defineConfig({
	plugins: [contentPlugin(), sveltekit()],
	// Prerendering dominates the build by design; rolldown's plugin-timing report would only be noise.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 30000
	}
});
