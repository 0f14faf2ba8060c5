/**
 * GEXF export for Gephi: the nodes the current filters show, with layout positions, type colours,
 * whether they are invented example content and, under the coverage lens, who works on them. Loaded on demand.
 */
import Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import { registry } from '../../registry/registry.ts';
import type { Model } from './model.ts';
import { isExample, type Coverage } from './coverage-lens.ts';

export function toGexf(model: Model, mask: Uint8Array, nodeUrl: (i: number) => string, cover: Coverage | null = null): string {
	const { data } = model;
	const graph = new Graph({ type: 'directed', multi: true });
	for (let i = 0; i < data.ids.length; i++) {
		if (!mask[i]) continue;
		const type = data.types[data.type[i]];
		graph.addNode(data.ids[i], {
			label: data.titles[i],
			type,
			url: nodeUrl(i),
			degree: data.degree[i],
			community: data.community[i],
			voorbeeld: isExample(data, i),
			...(cover ? { projecten: cover.projecten[i], lectoraten: cover.lectoraten[i] } : {}),
			color: registry[type]?.color ?? '#555555',
			size: data.size[i],
			x: data.x[i],
			y: data.y[i]
		});
	}
	for (let e = 0; e < data.edges.length; e += 3) {
		const [s, t, r] = [data.edges[e], data.edges[e + 1], data.edges[e + 2]];
		if (mask[s] && mask[t]) graph.addEdge(data.ids[s], data.ids[t], { label: data.rels[r][0] });
	}
	return write(graph, {
		formatNode: (_key, a) => ({
			label: a.label,
			attributes: {
				type: a.type,
				url: a.url,
				degree: a.degree,
				community: a.community,
				voorbeeld: a.voorbeeld,
				...(a.projecten === undefined ? {} : { projecten: a.projecten, lectoraten: a.lectoraten })
			},
			viz: { color: a.color, size: a.size, x: a.x, y: a.y }
		}),
		formatEdge: (_key, a) => ({ label: a.label })
	});
}

export function download(text: string, fileName: string, mime: string) {
	const url = URL.createObjectURL(new Blob([text], { type: mime }));
	const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
