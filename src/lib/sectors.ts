/** Sectors as bits, so the graph and search data carry a node's sectors as one number. */
import { SECTOREN } from './registry/types.ts';

export const sectorMask = (sectors: readonly string[]) =>
	sectors.reduce((mask, s) => {
		const i = (SECTOREN as readonly string[]).indexOf(s);
		return i < 0 ? mask : mask | (1 << i);
	}, 0);
