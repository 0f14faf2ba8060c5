import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/server/vite-content-plugin.ts';

export default defineConfig({
	plugins: [contentPlugin(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 30000
	}
});
