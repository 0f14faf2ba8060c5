import { error } from '@sveltejs/kit';
import { nodePage } from '$lib/server/emit/node-page';
import { getSite } from '$lib/server/site';
import { tick } from '$lib/server/progress';

export const entries = () => getSite().nodes.map((n) => ({ type: n.type, id: n.id }));

export const load = ({ params }) => {
	const site = getSite();
	if (site.byId.get(params.id)?.type !== params.type) error(404, 'Deze pagina bestaat niet');
	tick('pagina’s gerenderd', site.nodes.length);
	return nodePage(site, params.id);
};
