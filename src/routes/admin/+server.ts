/**
 * /admin/: the web editor (Sveltia CMS) for people without git. A plain HTML page, not a Svelte page:
 * the CMS takes over the whole document. Its script is served by the site itself, not by a CDN.
 */
import { base } from '$app/paths';
import { cmsRepoConfigured } from '$lib/server/emit/cms-config';
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

/**
 * Kennisgraaf's bar above the editor: whose editor this is, where the help is, what the sign-in choices mean, and,
 * when the build named no repository, that signing in cannot work yet and how to fix that.
 */
const intro = (configured: boolean) => `<header class="kg">
			<p class="kg-brand"><img src="${base}/favicon.svg" alt="" width="28" height="28" /> <a href="${base}/">Kennisgraaf</a> · webeditor</p>
			<p class="kg-links"><a href="${base}/publiceren/">Hulp bij publiceren</a> · <a href="${base}/publiceren/velden/">Velden per type</a> · <a href="${base}/publiceren/webeditor/">De webeditor koppelen</a></p>
			${
				configured
					? ''
					: `<p class="kg-warn" role="note"><strong>Deze webeditor is nog niet gekoppeld aan een repository.</strong> Inloggen met GitHub of met een toegangstoken werkt pas als de beheerder de site bouwt met <code>CMS_REPO=eigenaar/naam</code> (zie <a href="${base}/publiceren/webeditor/">De webeditor koppelen</a>). Werken met een lokale repository kan wel.</p>`
			}
			<details class="kg-help">
				<summary>Hoe log ik in?</summary>
				<ul>
					<li><strong>Inloggen met GitHub</strong>: met je eigen GitHub-account, als de beheerder een inlogdienst heeft ingesteld. Je account moet bij de repository mogen schrijven of voorstellen doen.</li>
					<li><strong>Inloggen met een toegangstoken</strong>: een toegangstoken is een soort wachtwoord dat je zelf op GitHub maakt (<em>Settings → Developer settings → Personal access tokens → Fine-grained tokens</em>), alleen voor deze repository, met <em>Contents</em> en <em>Pull requests</em> op <em>Read and write</em>. Plak het in het inlogscherm en bewaar het zoals een wachtwoord.</li>
					<li><strong>Werken met een lokale repository</strong> (Chrome en Edge): heb je de repository al op je computer, kies dan die map. De editor schrijft dan rechtstreeks in de bestanden daar, zonder inloggen; daarna dien je de wijziging zelf in met git.</li>
				</ul>
				<p>Je wijziging wordt een voorstel dat een redacteur goedkeurt, en de site controleert elk bestand. Meer in <a href="${base}/publiceren/">Hulp bij publiceren</a>.</p>
			</details>
		</header>`;

// The editor fills #nc-root (position: relative), so the bar above stays visible and the editor scrolls below it.
const style = `body{margin:0;font-family:system-ui,sans-serif;display:flex;flex-direction:column;height:100vh}
.kg{padding:.4rem 1rem;border-bottom:1px solid #c8ccd2;background:#f6f7f9;color:#1d2430;font-size:.9rem;line-height:1.4}
.kg p{margin:.2rem 0}.kg a{color:#1f4fa3}.kg a:focus-visible,.kg summary:focus-visible{outline:3px solid #1f4fa3;outline-offset:2px}
.kg-brand{font-weight:600;display:flex;align-items:center;gap:.4rem}.kg-brand img{vertical-align:middle}
.kg-warn{background:#fff4d6;border:1px solid #b7791f;padding:.3rem .5rem;border-radius:4px;color:#3d2800}
.kg-help summary{cursor:pointer;color:#1f4fa3}.kg-help ul{margin:.3rem 0;padding-left:1.2rem}
#nc-root{position:relative;flex:1;min-height:0}`;

const page = () => `<!doctype html>
<html lang="nl">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex" />
		<title>Kennisgraaf bewerken</title>
		<link rel="icon" href="${base}/favicon.svg" type="image/svg+xml" />
		<link rel="cms-config-url" type="application/yaml" href="${base}/admin/config.yml" />
		<style>${style}</style>
	</head>
	<body>
		${intro(cmsRepoConfigured())}
		<div id="nc-root"></div>
		<noscript>De webeditor werkt alleen met JavaScript. Op ${base}/publiceren/ staan andere manieren om te publiceren.</noscript>
		<script>${localFetch(sveltiaVersion())}</script>
		<script src="${base}/admin/sveltia-cms.js"></script>
	</body>
</html>
`;

// Exactly text/html, without a charset: only then does SvelteKit save it as admin/index.html.
export const GET = () => new Response(page(), { headers: { 'content-type': 'text/html' } });
