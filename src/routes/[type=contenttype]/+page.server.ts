import { listingPage } from '$lib/server/emit/listing';
import { getSite } from '$lib/server/site';
import { typeNames } from '$lib/registry/registry';
import { listedEntries } from '$lib/server/emit/listed-entries';

export const entries = () =>
	listedEntries(
		'/[type=contenttype]',
		typeNames.map((type) => ({ type })),
		({ type }) => `/${type}/`
	);
export const load = ({ params }) => listingPage(getSite(), params.type);
