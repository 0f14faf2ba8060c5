import { base } from '$app/paths';
import { sitemapXml } from '$lib/server/emit/feeds';
import { getSite } from '$lib/server/site';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;

/** Pages without parameters, from the route files, so a new page is listed without editing this. */
const NOT_LISTED = /^\/admin\//;
const pages = Object.keys(import.meta.glob('/src/routes/**/+page.svelte'))
	.map((file) =>
		file
			.replace(/^\/src\/routes/, '')
			.replace(/\+page\.svelte$/, '')
			.replace(/\/\([^)]+\)/g, '')
	)
	.filter((path) => !path.includes('[') && !NOT_LISTED.test(path));

export const GET = ({ url }) =>
	keptResponse(
		'sitemap.xml',
		url,
		() => new Response(sitemapXml(getSite(), url.origin, base, pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
	);
