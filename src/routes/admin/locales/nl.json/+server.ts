/** Dutch strings for the editor, which Sveltia CMS would otherwise fetch from a CDN (see ../+server.ts). */
import { sveltiaFile } from '$lib/server/emit/sveltia';

export const prerender = true;

export const GET = () => new Response(sveltiaFile('locales/nl.json'), { headers: { 'content-type': 'application/json; charset=utf-8' } });
