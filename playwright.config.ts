import { defineConfig } from '@playwright/test';

// BUILD_DIR and TEST_PORT let parallel runs use their own build and server.
const BUILD = process.env.BUILD_DIR ?? 'build';
// A corpus build may borrow the shipped content's sub-path build for the tests that need one.
const SUBPATH_BUILD = process.env.SUBPATH_BUILD_DIR ?? `${BUILD}-subpath`;
const PORT = Number(process.env.TEST_PORT ?? 4317);
const SUBPATH_PORT = PORT + 1;

export default defineConfig({
	testDir: 'tests/browser',
	timeout: 60_000,
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run']
		}
	},
	webServer: [
		{ command: `PORT=${PORT} node scripts/serve.js ${BUILD}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
		{
			command: `PORT=${SUBPATH_PORT} BASE_PATH=/kennisgraaf node scripts/serve.js ${SUBPATH_BUILD}`,
			url: `http://127.0.0.1:${SUBPATH_PORT}/kennisgraaf/`,
			reuseExistingServer: false
		}
	]
});
