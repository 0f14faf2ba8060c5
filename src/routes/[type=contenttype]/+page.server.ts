import { listingPage } from '$lib/server/emit/listing';
import { getSite } from '$lib/server/site';
import { typeNames } from '$lib/registry/registry';

export const entries = () => typeNames.map((type) => ({ type }));
export const load = ({ params }) => listingPage(getSite(), params.type);
