import { dekkingPage } from '$lib/server/emit/dekking';
import { getSite } from '$lib/server/site';

export const load = () => dekkingPage(getSite());
