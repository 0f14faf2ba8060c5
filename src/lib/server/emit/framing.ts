/**
 * Who may frame a page: only widgets (/widget/…) may be shown in an iframe on another site; every other page
 * forbids it, against clickjacking. One rule for the dev server's headers, the static host's `_headers` file and
 * scripts/serve.js (which keeps its own copy, being plain Node without TypeScript); README "Framing" documents it
 * for other hosts. Hosts that cannot send headers (GitHub Pages) get no X-Frame-Options or frame-ancestors, and
 * browsers ignore both in <meta>: so the one-line script in src/app.html hides a page other than a widget that finds
 * itself in another site's frame (on one line without comments, as it ships in every page).
 */
export const WIDGET_PREFIX = '/widget/';

export const FRAMABLE = { 'Content-Security-Policy': 'frame-ancestors *' } as const;
export const UNFRAMABLE = { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" } as const;

/**
 * `_headers` for Cloudflare Pages and Netlify: every path gets the forbidding headers, widgets drop them again
 * (`! Name` detaches a header a broader rule attached, in Cloudflare's syntax) and allow any frame ancestor.
 */
export function headersFile(base: string): string {
	const block = (path: string, lines: string[]) => [path, ...lines.map((l) => `  ${l}`)].join('\n');
	return [
		'# Framing policy of Kennisgraaf (README "Framing"): only widgets may be framed by other sites.',
		block(
			`${base}/*`,
			Object.entries(UNFRAMABLE).map(([k, v]) => `${k}: ${v}`)
		),
		block(`${base}${WIDGET_PREFIX}*`, [...Object.keys(UNFRAMABLE).map((k) => `! ${k}`), ...Object.entries(FRAMABLE).map(([k, v]) => `${k}: ${v}`)]),
		''
	].join('\n');
}
