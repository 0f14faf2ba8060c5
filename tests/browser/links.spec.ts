/** A link check over every HTML file of both builds: each internal href and src must resolve to a file. */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, SUBPATH_BUILD } from './site';

function htmlFiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) htmlFiles(p, out);
		else if (name.endsWith('.html')) out.push(p);
	}
	return out;
}

function resolves(root: string, path: string): boolean {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]);
	const p = join(root, clean);
	if (clean.endsWith('/')) return existsSync(join(p, 'index.html'));
	return existsSync(p) && statSync(p).isFile();
}

for (const [root, base] of [
	[BUILD, ''],
	[SUBPATH_BUILD, '/kennisgraaf']
] as const) {
	test(`no broken internal link in ${root}/`, () => {
		const broken: string[] = [];
		let checked = 0;
		for (const file of htmlFiles(root)) {
			const html = readFileSync(file, 'utf8');
			for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
				const url = m[1].replace(/&amp;/g, '&');
				if (/^(https?:|mailto:|data:|#|\/\/)/.test(url) || url === '') continue;
				checked++;
				if (!url.startsWith(`${base}/`)) {
					broken.push(`${file}: ${url} (not under ${base || '/'})`);
					continue;
				}
				if (!resolves(root, url.slice(base.length))) broken.push(`${file}: ${url}`);
			}
		}
		expect(checked).toBeGreaterThan(1000);
		expect(broken).toEqual([]);
	});
}
