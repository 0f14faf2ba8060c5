import { dekking } from '$lib/server/emit/dekking';
import { getSite } from '$lib/server/site';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
/** Every kennisvraag with its counts: /dekking fetches it when a reader filters, sorts or pages the table. */
export const GET = ({ url }) =>
	keptResponse('dekking.json', url, () => new Response(JSON.stringify(dekking(getSite()).vragen), { headers: { 'content-type': 'application/json' } }));
