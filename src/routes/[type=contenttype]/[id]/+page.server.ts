import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { nodePage } from '$lib/server/emit/node-page';
import { openDataLinks } from '$lib/server/emit/open-data-links';
import { errorsIn, getSite } from '$lib/server/site';
import { tick } from '$lib/server/progress';

export const entries = () => getSite().nodes.map((n) => ({ type: n.type, id: n.id }));

export const load = ({ params }) => {
	const site = getSite();
	// In `npm run dev` a file with errors gets a page that lists them (a build has stopped before this).
	const file = `${params.type}/${params.id}.md`;
	const problems = errorsIn(file);
	if (problems.length)
		error(500, { message: 'Dit bestand heeft fouten', file, problems: problems.map(({ line, message, hint }) => ({ line, message, hint })) });
	if (site.byId.get(params.id)?.type !== params.type) error(404, 'Deze pagina bestaat niet');
	tick('pagina’s gerenderd', site.nodes.length);
	return { ...nodePage(site, params.id), openData: openDataLinks(base, site.byId.get(params.id)!) };
};
