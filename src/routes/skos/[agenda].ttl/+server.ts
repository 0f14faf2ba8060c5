import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { agendaSkos, skosAgendas } from '$lib/server/emit/linked-data';
import { toTurtle } from '$lib/server/emit/turtle';
import { getSite } from '$lib/server/site';
import { fileEntries } from '$lib/server/emit/listed-entries';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
export const entries = () =>
	fileEntries(
		'/skos/[agenda].ttl',
		skosAgendas(getSite()).map((a) => ({ agenda: a.id }))
	);
export const GET = ({ params, url }) => {
	const agenda = skosAgendas(getSite()).find((a) => a.id === params.agenda);
	if (!agenda) error(404, 'Deze agenda heeft geen SKOS-bestand');
	return keptResponse(
		`skos/${agenda.id}.ttl`,
		url,
		async () =>
			new Response(await toTurtle(agendaSkos(getSite(), agenda, url.origin, base), url.origin, base), {
				headers: { 'content-type': 'text/turtle; charset=utf-8' }
			})
	);
};
