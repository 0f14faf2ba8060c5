/** A list on a node page longer than this shows its first entries and folds the rest under "Toon alle N". */
export const SHOWN = 6;
