/**
 * /admin/: the web editor (Sveltia CMS) for people without git. A plain HTML page, not a Svelte page:
 * the CMS takes over the whole document. Its script is served by the site itself, not by a CDN.
 */
import { base } from '$app/paths';
import { sveltiaVersion } from '$lib/server/emit/sveltia';

export const prerender = true;
export const trailingSlash = 'always';

/**
 * Sveltia CMS fetches its Dutch strings and its update check from unpkg.com. This answers both from the site,
 * so the editor speaks Dutch (by default, whatever the browser's language) without any CDN request.
 */
const localFetch = (version: string) => `(() => {
	// The site is Dutch, so the editor starts in Dutch too; a user who picks another language keeps it.
	try {
		if (!localStorage.getItem('sveltia-cms.prefs')) localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ locale: 'nl' }));
	} catch {}
	const cdn = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms(@[^/]+)?\\/(locales\\/nl\\.json|package\\.json)$/;
	const fetch = window.fetch.bind(window);
	window.fetch = (input, init) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const m = cdn.exec(url);
		if (!m) return fetch(input, init);
		if (m[2] === 'package.json') return Promise.resolve(Response.json({ version: ${JSON.stringify(version)} }));
		return fetch(${JSON.stringify(`${base}/admin/locales/nl.json`)}, init);
	};
})();`;

const page = () => `<!doctype html>
<html lang="nl">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex" />
		<title>Kennisgraaf bewerken</title>
		<link rel="icon" href="${base}/favicon.svg" type="image/svg+xml" />
		<link rel="cms-config-url" type="application/yaml" href="${base}/admin/config.yml" />
	</head>
	<body>
		<noscript>De webeditor werkt alleen met JavaScript. Op ${base}/publiceren/ staan andere manieren om te publiceren.</noscript>
		<script>${localFetch(sveltiaVersion())}</script>
		<script src="${base}/admin/sveltia-cms.js"></script>
	</body>
</html>
`;

// Exactly text/html, without a charset: only then does SvelteKit save it as admin/index.html.
export const GET = () => new Response(page(), { headers: { 'content-type': 'text/html' } });
