/**
 * vite.config.ts gives SvelteKit's worker threads (route analysis, prerender) a config without plugins: they resolve
 * it only to look for SvelteKit's options, and then read svelte.config.js.
 */
import type { ConfigEnv, Plugin, UserConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../vite.config.ts';

const env: ConfigEnv = { command: 'build', mode: 'production' };
const resolve = async () => (await (config as (env: ConfigEnv) => Promise<UserConfig>)(env)) as UserConfig;
/** The names of a config's plugins; a plugin option may be a promise or an array (sveltekit() is a promise of one). */
async function names(options: unknown): Promise<string[]> {
	const value = await options;
	if (Array.isArray(value)) return (await Promise.all(value.map(names))).flat();
	return value ? [(value as Plugin).name] : [];
}

afterEach(() => {
	delete process.env.SVELTEKIT_FORK;
});

describe('vite.config.ts', () => {
	it('has the content check, the generated modules and SvelteKit for a build', async () => {
		const plugins = await names((await resolve()).plugins);
		expect(plugins).toContain('kennisgraaf-content');
		expect(plugins.some((n) => n.startsWith('vite-plugin-sveltekit'))).toBe(true);
	});

	it('is empty in a SvelteKit worker thread, whose options then come from svelte.config.js', async () => {
		process.env.SVELTEKIT_FORK = 'true';
		expect(await resolve()).toEqual({});
	});
});
