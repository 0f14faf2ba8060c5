/**
 * JavaScript a page loads before the user does anything: its module scripts and modulepreloads,
 * followed through static imports. Dynamic imports (graph, search) are not followed: they load on use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

export function initialJs(buildDir: string, pagePath: string): { files: number; bytes: number; gzipBytes: number } {
	const html = readFileSync(join(buildDir, pagePath, pagePath.endsWith('.html') ? '' : 'index.html'), 'utf8');
	const queue = [...html.matchAll(/(?:href|src|import\()\s*=?\s*"([^"]+\.js)"/g)].map((m) => m[1]);
	const seen = new Set<string>();
	let bytes = 0;
	let gzipBytes = 0;
	while (queue.length) {
		const url = queue.pop()!.replace(/^\.\//, '/');
		const file = url.slice(url.indexOf('/_app/'));
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(buildDir, file));
		bytes += code.length;
		gzipBytes += gzipSync(code).length;
		const dir = file.slice(0, file.lastIndexOf('/') + 1);
		for (const m of code.toString().matchAll(STATIC_IMPORT)) {
			const spec = m[1];
			queue.push(spec.startsWith('.') ? new URL(spec, `http://x${dir}`).pathname : spec);
		}
	}
	return { files: seen.size, bytes, gzipBytes };
}
