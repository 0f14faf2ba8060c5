import { listingPage } from '$lib/server/emit/listing';
import { getSite } from '$lib/server/site';
import { typeNames } from '$lib/registry/registry';
import { pageEntries } from '$lib/server/emit/listed-entries';

export const entries = () =>
	pageEntries(
		'/[type=contenttype]',
		typeNames.map((type) => ({ type }))
	);
export const load = ({ params }) => listingPage(getSite(), params.type);
