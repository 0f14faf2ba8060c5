import { base } from '$app/paths';
import { dataPage } from '$lib/server/emit/data-page';
import { getSite } from '$lib/server/site';

export const load = () => dataPage(getSite(), base);
