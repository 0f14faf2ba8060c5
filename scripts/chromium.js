/**
 * How every tool here starts Debian's Chromium (browser tests, benchmarks, Lighthouse, screenshots):
 * one definition, so a figure from the benchmark and a test's view of a page come from the same browser.
 *
 * This machine has no GPU. WebGL (the graph) runs on SwiftShader (--use-angle=swiftshader). The page
 * compositor runs in software, as Chromium composites on a machine without a usable GPU: composited
 * through SwiftShader instead, each presented frame of /graaf at 1280 × 900 costs the GPU process
 * 54 ms or more (a trace's SwapBuffers), so a hover whose own work takes 6 ms reaches the screen
 * after 130–200 ms; in software it reaches it at the next frame. `gpuCompositing: true` measures
 * that other configuration (npm run bench:graph -- --gpu-compositing).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Features Playwright 1.65 turns off in its own --disable-features switch (its chromiumSwitches, not public). Chromium
 * obeys only the last switch of a name, so ours must repeat the launcher's; tests/browser/chromium.spec.ts fails when
 * Playwright's list holds a name this one lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * Chromium 156 loads the address bar's popup, a WebUI page in a renderer of its own, into every new window, and
 * Playwright opens a window for each test's context: in a browser that never shows an address bar, that renderer
 * took a third of the CPU of the graph explorer's browser tests here (250 → 158 core-s). Puppeteer turns both off
 * by default for the same reason.
 */
const OWN_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** The features a browser started by Playwright runs without: Playwright's and ours. */
export const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, ...OWN_DISABLED_FEATURES];

/**
 * `launcherFeatures`: the features the launcher turns off in its own switch, which ours replaces (Playwright's by
 * default; bench/lib/lighthouse.ts passes chrome-launcher's).
 * @param {{ gpuCompositing?: boolean, headless?: boolean, launcherFeatures?: string[] }} [opts]
 */
export function chromiumArgs(opts = {}) {
	return [
		...(opts.headless ? ['--headless=new'] : []),
		'--no-sandbox',
		'--use-angle=swiftshader',
		...(opts.gpuCompositing ? [] : ['--disable-gpu-compositing']),
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		`--disable-features=${[...(opts.launcherFeatures ?? PLAYWRIGHT_DISABLED_FEATURES), ...OWN_DISABLED_FEATURES].join(',')}`
	];
}

/** Playwright's launch options for Debian's Chromium. */
export const chromiumLaunch = (opts = {}) => ({ executablePath: CHROMIUM_PATH, args: chromiumArgs(opts) });
