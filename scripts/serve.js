/**
 * Serves build/ on http://127.0.0.1:PORT (default 4173), under BASE_PATH when set, the way a good
 * static host does: dir/ → dir/index.html, gzip for text, long caching for hashed assets, 404.html.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const root = process.argv[2] ?? 'build';
const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
if (!existsSync(root)) {
	console.error(`Map ${root}/ bestaat niet: bouw eerst de site met npm run build.`);
	process.exit(1);
}

const TEXT = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain',
	'.csv': 'text/csv',
	'.yml': 'text/yaml',
	'.gexf': 'application/xml',
	'.jsonld': 'application/ld+json',
	'.ttl': 'text/turtle'
};
/**
 * Only widgets may be framed by other sites; every other page forbids it (src/lib/server/emit/framing.ts holds the
 * same rule for the built `_headers`, README "Framing" for other hosts).
 */
const framing = (path) =>
	path.startsWith('/widget/')
		? { 'content-security-policy': 'frame-ancestors *' }
		: { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" };
const cacheHeader = (path) => (path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
const assets = sirv(root, { dev: false, etag: true, extensions: ['html'], setHeaders: (res, path) => res.setHeader('cache-control', cacheHeader(path)) });
const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : 'Niet gevonden';

/** A URL path decoded, or undefined when it is no valid percent-encoding (/%E0%A4%A). */
function decoded(path) {
	try {
		return decodeURIComponent(path.split('?')[0]);
	} catch {
		return undefined;
	}
}

/** The file a URL path maps to, or undefined. Read on each request, so a rebuild is served at once. */
function fileFor(path) {
	const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
	for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
		const file = join(root, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
}

export const server = createServer((req, res) => {
	if (base && !req.url.startsWith(base + '/') && req.url !== base) {
		res.writeHead(302, { location: base + '/' }).end();
		return;
	}
	req.url = req.url.slice(base.length) || '/';
	const path = decoded(req.url);
	if (path === undefined) {
		res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Dit adres is ongeldig: het bevat een % die niet voor een geldig teken staat.');
		return;
	}
	for (const [name, value] of Object.entries(framing(req.url))) res.setHeader(name, value);
	const file = fileFor(path);
	const type = file && TEXT[extname(file)];
	if (type && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		let body;
		try {
			body = gzipSync(readFileSync(file));
		} catch {
			// Removed since it was found (a build writing the folder): served as missing below.
		}
		if (body) {
			res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-encoding': 'gzip', vary: 'accept-encoding', 'cache-control': cacheHeader(file) });
			res.end(body);
			return;
		}
	}
	assets(req, res, () => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound));
});

server.listen(port, '127.0.0.1', () => console.log(`Kennisgraaf draait op http://127.0.0.1:${port}${base}/`));
