/**
 * Files of the installed @sveltia/cms package, served by the site itself so the editor needs no CDN:
 * the bundle, its fonts (which the bundle would fetch from jsDelivr) and the Dutch strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The package exports only its entry point (npm/index.js); its root is one folder up.
const root = () => join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@sveltia/cms')), '..');

export const sveltiaFile = (path: string) => readFileSync(join(root(), path));

export const sveltiaVersion = () => (JSON.parse(sveltiaFile('package.json').toString('utf8')) as { version: string }).version;

/** The woff2 files the package ships for bundlers (npm/assets/<name>-<subset>-<hash>.woff2), by <name>-<subset>.woff2. */
export function sveltiaFonts(): Map<string, string> {
	const fonts = new Map<string, string>();
	for (const file of readdirSync(join(root(), 'npm', 'assets'))) {
		const m = /^(.+)-[\w-]{8}\.woff2$/.exec(file);
		if (m) fonts.set(`${m[1]}.woff2`, `npm/assets/${file}`);
	}
	return fonts;
}

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/** The CMS bundle with its font addresses pointing at the site; fonts the package lacks keep their CDN address. */
export function sveltiaBundle(fontBase: string): string {
	const fonts = sveltiaFonts();
	return sveltiaFile('dist/sveltia-cms.js')
		.toString('utf8')
		.replace(CDN_FONT, (url, name: string, subset: string) => (fonts.has(`${name}-${subset}.woff2`) ? `${fontBase}/${name}-${subset}.woff2` : url))
		.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}
