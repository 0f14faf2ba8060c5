import { graafPage } from '$lib/server/emit/graph-data';
import { getSite } from '$lib/server/site';

export const load = () => graafPage(getSite());
