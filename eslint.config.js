// One lint configuration for TypeScript, Svelte and the scripts; formatting is Prettier's (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build*/', '.svelte-kit*/', 'node_modules/', 'bench/corpus/', 'bench/out/', 'test-results/', 'static/', 'tests/fixtures/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			// Every internal URL comes from the build's data or urls.ts with the base path already in it; resolve() would add it twice.
			'svelte/no-navigation-without-resolve': 'off',
			// Flagged Maps and URLSearchParams are built and read within one function or $derived run (a URL being
			// written, a layout being computed); the pages' state lives in $state.
			'svelte/prefer-svelte-reactivity': 'off',
			// {' '} keeps a space that the formatter would otherwise move or drop between inline elements.
			'svelte/no-useless-mustaches': 'off',
			// Unused arguments named with a leading underscore document a signature.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }]
		}
	},
	// Tests read JSON of arbitrary shape (JSON-LD, exports) and say so with `any`.
	{ files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } }
);
