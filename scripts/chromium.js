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

/** @param {{ gpuCompositing?: boolean, headless?: boolean }} [opts] */
export function chromiumArgs(opts = {}) {
	return [
		...(opts.headless ? ['--headless=new'] : []),
		'--no-sandbox',
		'--use-angle=swiftshader',
		...(opts.gpuCompositing ? [] : ['--disable-gpu-compositing']),
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run'
	];
}

/** Playwright's launch options for Debian's Chromium. */
export const chromiumLaunch = (opts = {}) => ({ executablePath: CHROMIUM_PATH, args: chromiumArgs(opts) });
