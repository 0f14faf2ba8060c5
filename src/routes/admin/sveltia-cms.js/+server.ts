/** The CMS bundle from node_modules, copied into the build so the editor works without a CDN. */
import { base } from '$app/paths';
import { sveltiaBundle } from '$lib/server/emit/sveltia';

export const prerender = true;

export const GET = () => new Response(sveltiaBundle(`${base}/admin/fonts`), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
