/**
 * Fewer, larger shared chunks in the browser build. Rolldown's automatic splitting left 15 chunks under a node page,
 * several of a few dozen bytes, and every page names each one in a modulepreload link (1.3 KB of every node page).
 * Modules shared by two or more entries are grouped by the entries that use them (as the automatic split does), and a
 * group under the threshold joins its closest neighbour: a page may load a few KB it does not run, in fewer requests.
 */
import type { Plugin } from 'vite';

/** Groups smaller than this (bytes of source, before minifying) join their closest neighbour. */
export const MERGE_BELOW = 2 * 1024;

export function chunksPlugin(): Plugin {
	return {
		name: 'kennisgraaf-chunks',
		apply: 'build',
		config(_, env) {
			// The server bundle is not downloaded; its chunks stay as they are.
			if (env.isSsrBuild) return;
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								groups: [{ name: 'small', minShareCount: 2, maxModuleSize: MERGE_BELOW }]
							}
						}
					}
				}
			};
		}
	};
}
