import { defineConfig } from '@playwright/test';

const PORT = 4317;
const SUBPATH_PORT = 4318;

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
		{ command: `PORT=${PORT} node scripts/serve.js build`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
		{
			command: `PORT=${SUBPATH_PORT} BASE_PATH=/kennisgraaf node scripts/serve.js build-subpath`,
			url: `http://127.0.0.1:${SUBPATH_PORT}/kennisgraaf/`,
			reuseExistingServer: false
		}
	]
});
