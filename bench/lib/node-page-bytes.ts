/** How `npm run bench` counts the output of a node page, shared so a one-off measurement counts the same way. */
import { existsSync, statSync } from 'node:fs';

/** Average bytes a node page ships as HTML and page data, over every node of graph.json. */
export function nodePageBytes(buildDir: string, nodes: { url: string }[]): number {
	let bytes = 0;
	for (const { url } of nodes)
		for (const file of ['index.html', '__data.json']) {
			const path = `${buildDir}${url}${file}`;
			if (existsSync(path)) bytes += statSync(path).size;
		}
	return bytes / nodes.length;
}
