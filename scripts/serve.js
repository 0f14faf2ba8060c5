/**
 * Serves build/ on http://127.0.0.1:PORT (default 4173), under BASE_PATH when set,
 * the way a static host would: dir/ → dir/index.html, unknown paths → 404.html.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const root = process.argv[2] ?? 'build';
const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
if (!existsSync(root)) {
	console.error(`Map ${root}/ bestaat niet: bouw eerst de site met npm run build.`);
	process.exit(1);
}
const assets = sirv(root, { dev: false, etag: true, gzip: false, extensions: ['html'] });
const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'Niet gevonden';

export const server = createServer((req, res) => {
	if (base && !req.url.startsWith(base + '/') && req.url !== base) {
		res.writeHead(302, { location: base + '/' }).end();
		return;
	}
	req.url = req.url.slice(base.length) || '/';
	assets(req, res, () => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound));
});

server.listen(port, '127.0.0.1', () => console.log(`Kennisgraaf draait op http://127.0.0.1:${port}${base}/`));
