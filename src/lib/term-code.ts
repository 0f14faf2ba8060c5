/**
 * How a gamechanger is numbered on the site: "2.3" (thema 2, gamechanger 3), or the source's own number after the thema's
 * ("1 po 5") where the source numbers per sector and the site's running order would invent a number it never uses.
 */
export const gamechangerCode = (themaNummer: number, g: { nummer: number; bronnummer?: string }) =>
	g.bronnummer ? `${themaNummer} ${g.bronnummer}` : `${themaNummer}.${g.nummer}`;
