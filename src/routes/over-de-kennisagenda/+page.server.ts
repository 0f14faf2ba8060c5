import { toRef } from '$lib/server/emit/pages';
import { getSite } from '$lib/server/site';

/** The agenda the themes belong to (the Kennisagenda), when this content folder has one: the page links to it. */
export const load = () => {
	const site = getSite();
	const agenda = site.of('thema').flatMap((t) => site.hierarchy.parent(t) ?? [])[0];
	return { agenda: agenda ? toRef(agenda) : undefined };
};
