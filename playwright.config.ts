import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './scripts/chromium.js';

// BUILD_DIR and TEST_PORT let parallel runs use their own build and server.
const BUILD = process.env.BUILD_DIR ?? 'build';
// A corpus build may borrow the shipped content's sub-path build for the tests that need one.
const SUBPATH_BUILD = process.env.SUBPATH_BUILD_DIR ?? `${BUILD}-subpath`;
const PORT = Number(process.env.TEST_PORT ?? 4317);
const SUBPATH_PORT = PORT + 1;
// The reader journeys and the listings run again on a generated corpus of 2,000 nodes when scripts/test.sh has built it.
const CORPUS = `${BUILD}-corpus`;
// PORT + 2 is the XSS fixture site of xss.spec.ts.
const CORPUS_PORT = PORT + 3;
const withCorpus = existsSync(`${CORPUS}/graph.json`);

export default defineConfig({
	testDir: 'tests/browser',
	timeout: 60_000,
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// The same Chromium the benchmarks measure (scripts/chromium.js).
		launchOptions: chromiumLaunch()
	},
	projects: [
		{ name: 'site' },
		...(withCorpus
			? [{ name: 'corpus-2000', testMatch: /(journeys|listings)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${CORPUS_PORT}` }, metadata: { build: CORPUS } }]
			: [])
	],
	webServer: [
		{ command: `PORT=${PORT} node scripts/serve.js ${BUILD}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
		{
			command: `PORT=${SUBPATH_PORT} BASE_PATH=/kennisgraaf node scripts/serve.js ${SUBPATH_BUILD}`,
			url: `http://127.0.0.1:${SUBPATH_PORT}/kennisgraaf/`,
			reuseExistingServer: false
		},
		...(withCorpus
			? [{ command: `PORT=${CORPUS_PORT} node scripts/serve.js ${CORPUS}`, url: `http://127.0.0.1:${CORPUS_PORT}/`, reuseExistingServer: false }]
			: [])
	]
});
