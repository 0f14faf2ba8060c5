import { base } from '$app/paths';
import { homePage } from '$lib/server/emit/pages';
import { getSite } from '$lib/server/site';

export const load = () => homePage(getSite(), base);
