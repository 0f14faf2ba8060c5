import { base } from '$app/paths';
import { headersFile } from '$lib/server/emit/framing';

export const prerender = true;
export const GET = () => new Response(headersFile(base), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
