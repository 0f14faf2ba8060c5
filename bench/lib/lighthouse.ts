/** Lighthouse (mobile, default throttling) against Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface Scores {
	performance: number;
	accessibility: number;
	seo: number;
	bestPractices: number;
}

export async function lighthouseScores(urls: string[]): Promise<Record<string, Scores>> {
	const chrome = await chromeLauncher.launch({
		chromePath: '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	const out: Record<string, Scores> = {};
	try {
		for (const url of urls) {
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
			const c = result!.lhr.categories;
			const pct = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			out[url] = { performance: pct('performance'), accessibility: pct('accessibility'), seo: pct('seo'), bestPractices: pct('best-practices') };
			const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
			if (failing.length) console.log(`    ${url}: ${failing.map((a) => a.id).join(', ')}`);
		}
	} finally {
		await chrome.kill();
	}
	return out;
}
