import { asciiJson } from '$lib/server/emit/ascii-json';
import { graphDetails } from '$lib/server/emit/graph-data';
import { getSite } from '$lib/server/site';
import { keptResponse } from '$lib/server/reuse/kept-files';

export const prerender = true;
// ASCII only: decoded and parsed in the browser several times faster (ascii-json.ts).
export const GET = ({ url }) => keptResponse('graaf/details.json', url, () => asciiJson(graphDetails(getSite())));
