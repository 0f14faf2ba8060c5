import { getSite } from '$lib/server/site';

// The page itself renders in +page.ts: a server load here would ship the page's data twice (src/lib/node-document.ts).
export const entries = () => getSite().nodes.map((n) => ({ type: n.type, id: n.id }));
