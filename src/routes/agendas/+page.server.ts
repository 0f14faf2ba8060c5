import { agendaComparison } from '$lib/server/emit/agendas';
import { getSite } from '$lib/server/site';

export const load = () => agendaComparison(getSite());
