import { dekking } from '$lib/server/emit/dekking';
import { getSite } from '$lib/server/site';

export const prerender = true;
/** Every kennisvraag with its counts: /dekking fetches it when a reader filters, sorts or pages the table. */
export const GET = () => new Response(JSON.stringify(dekking(getSite()).vragen), { headers: { 'content-type': 'application/json' } });
