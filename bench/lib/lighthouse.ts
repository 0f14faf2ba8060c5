/** Lighthouse (mobile, default throttling) against Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium.js';

export interface Scores {
	performance: number;
	accessibility: number;
	seo: number;
	bestPractices: number;
	/** Lowest and highest performance score over the runs (the other categories do not vary). */
	performanceRange: [number, number];
	runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Each page `runs` times (Lighthouse's performance score varies from run to run; its docs
 * advise the median of several runs), in one Chromium. Reports the median per category.
 */
export async function lighthouseScores(urls: string[], runs = 3): Promise<Record<string, Scores>> {
	const switchOf = (flags: string[]) =>
		flags
			.find((f) => f.startsWith('--disable-features='))
			?.slice('--disable-features='.length)
			.split(',');
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: chromiumArgs({ headless: true, launcherFeatures: switchOf(chromeLauncher.Launcher.defaultFlags()) ?? [] })
	});
	const out: Record<string, Scores> = {};
	try {
		for (const url of urls) {
			const samples: Record<'performance' | 'accessibility' | 'seo' | 'best-practices', number>[] = [];
			for (let r = 0; r < runs; r++) {
				const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
				const c = result!.lhr.categories;
				const pct = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
				samples.push({ performance: pct('performance'), accessibility: pct('accessibility'), seo: pct('seo'), 'best-practices': pct('best-practices') });
				const failing = Object.values(result!.lhr.audits).filter(
					(a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual'
				);
				if (failing.length && r === 0) console.log(`    ${url}: ${failing.map((a) => a.id).join(', ')}`);
			}
			const perf = samples.map((s) => s.performance);
			out[url] = {
				performance: median(perf),
				accessibility: median(samples.map((s) => s.accessibility)),
				seo: median(samples.map((s) => s.seo)),
				bestPractices: median(samples.map((s) => s['best-practices'])),
				performanceRange: [Math.min(...perf), Math.max(...perf)],
				runs
			};
		}
	} finally {
		await chrome.kill();
	}
	return out;
}
