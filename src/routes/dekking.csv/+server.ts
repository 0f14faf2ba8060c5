import { dekking, dekkingCsv } from '$lib/server/emit/dekking';
import { getSite } from '$lib/server/site';

export const prerender = true;
export const GET = () => {
	const site = getSite();
	const titles = new Map(site.nodes.map((n) => [n.id, n.title]));
	return new Response(dekkingCsv(dekking(site), titles), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
