import { getSite } from '$lib/server/site';
import { nodePageEntries } from '$lib/server/reuse/kept-pages';
import { pageEntries } from '$lib/server/emit/listed-entries';

// The page itself renders in +page.ts: a server load here would ship the page's data twice (src/lib/node-document.ts).
// Pages whose inputs did not change since the previous build are kept from it (src/lib/server/reuse/kept-pages.ts).
export const entries = () => pageEntries('/[type=contenttype]/[id]', nodePageEntries(getSite()));
