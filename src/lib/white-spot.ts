/**
 * The one rule for a white spot, shared by /dekking, thema pages, kennisvraag pages and the graph
 * (counted on the server in server/graph/coverage.ts). The pages state it in these words.
 */
export const WHITE_SPOT_RULE =
	'Een kennisvraag is een witte vlek als er geen project en geen lectoraat aan werkt. Een project werkt eraan als het de vraag noemt; een lectoraat als het de vraag noemt of een project heeft dat dat doet.';

export const isWhiteSpot = (projecten: number, lectoraten: number) => projecten === 0 && lectoraten === 0;
