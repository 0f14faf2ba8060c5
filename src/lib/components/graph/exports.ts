/**
 * The explorer's downloads, loaded on demand: PNG (2×, with title, legend and the selection as on
 * screen), SVG (the same picture as vectors), GEXF for Gephi, and the shown nodes as CSV.
 * Every format marks invented example content (`voorbeeld: true`): a † after its label in the
 * pictures with a note under the legend, an attribute in GEXF, a column in CSV.
 */
import { toCsv } from '../../csv.ts';
import { registry } from '../../registry/registry.ts';
import { isExample, LENS_CLASSES, type Coverage } from './coverage-lens.ts';
import { download, toGexf } from './gexf.ts';
import { FONT, paintLabels, type Placed } from './labels.ts';
import { drawMark, INK, markStyle, svgMark } from './marks.ts';
import type { Model, TypeCount } from './model.ts';
import type { Renderer, Scene } from './renderer.ts';
import type { Colouring } from './view-state.ts';

export interface ExportInput {
	model: Model;
	mask: Uint8Array;
	renderer: Renderer | null;
	nodeUrl: (i: number) => string;
	cover: Coverage | null;
	title: string;
	legend: TypeCount[];
	colour: Colouring;
}

const EXAMPLE_MARK = ' †';
const EXAMPLE_NOTE = '† verzonnen voorbeeldinhoud';
const SCALE = 2;
const HEAD = 46;
const ROW = 20;
const EDGE = 'rgba(90, 100, 115, 0.25)';
const WASH = 'rgba(255, 255, 255, 0.84)';

export async function exportView(kind: 'png' | 'svg' | 'gexf' | 'csv', input: ExportInput) {
	const { model, mask } = input;
	if (kind === 'gexf') return download(toGexf(model, mask, input.nodeUrl, input.cover), 'kennisgraaf.gexf', 'application/gexf+xml');
	if (kind === 'csv') return download(viewCsv(input), 'kennisgraaf-weergave.csv', 'text/csv;charset=utf-8');
	if (!input.renderer) return;
	const picture = composePicture(input, input.renderer.scene());
	if (kind === 'svg') return download(toSvg(picture), 'kennisgraaf.svg', 'image/svg+xml');
	const blob = await toPng(picture);
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: 'kennisgraaf.png' });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The current view's nodes as a table, with who works on them under the coverage lens. */
export function viewCsv({ model, mask, nodeUrl, cover }: ExportInput): string {
	const { data } = model;
	const rows = [...mask.keys()]
		.filter((i) => mask[i])
		.map((i) => [
			data.ids[i],
			data.titles[i],
			registry[data.types[data.type[i]]]?.label ?? data.types[data.type[i]],
			nodeUrl(i),
			isExample(data, i) ? 'ja' : 'nee',
			data.degree[i],
			cover ? cover.projecten[i] : '',
			cover ? cover.lectoraten[i] : '',
			cover && model.data.cover.vragen.concat(model.data.cover.gamechangers).some(([k]) => k === i) ? (cover.white.includes(i) ? 'ja' : 'nee') : ''
		]);
	return toCsv(['id', 'titel', 'type', 'url', 'voorbeeld', 'relaties', 'projecten', 'lectoraten', 'witte_vlek'], rows);
}

interface LegendRow {
	label: string;
	colour: string;
	mark?: Parameters<typeof markStyle>[0];
}

interface Picture {
	scene: Scene;
	title: string;
	rows: LegendRow[];
	note: string | null;
	/** Labels with the example mark added. */
	labels: Placed[];
	width: number;
	height: number;
	legendTop: number;
}

function composePicture(input: ExportInput, scene: Scene): Picture {
	const { data } = input.model;
	let examples = false;
	const labels = scene.labels.map((l) => {
		const example = isExample(data, l.i);
		examples ||= example;
		return example ? { ...l, text: l.text + EXAMPLE_MARK } : l;
	});
	const rows: LegendRow[] =
		input.colour === 'dekking'
			? LENS_CLASSES.map((c) => ({ label: c.label, colour: c.color }))
			: input.colour === 'cluster'
				? [{ label: 'Kleur: cluster (groep knopen met veel onderlinge relaties)', colour: '#7c8591' }]
				: input.legend.map((l) => ({ label: `${l.label} (${l.visible})`, colour: l.color, mark: registry[l.type]?.mark }));
	const perRow = Math.max(1, Math.floor(scene.width / 230));
	const legendHeight = Math.ceil(rows.length / perRow) * ROW + (examples ? ROW : 0) + 12;
	return {
		scene,
		title: input.title,
		rows,
		note: examples ? EXAMPLE_NOTE : null,
		labels,
		width: scene.width,
		height: HEAD + scene.height + legendHeight,
		legendTop: HEAD + scene.height + 8
	};
}

function legendSlots(p: Picture) {
	const perRow = Math.max(1, Math.floor(p.width / 230));
	return p.rows.map((row, k) => ({ row, x: 12 + (k % perRow) * 230, y: p.legendTop + Math.floor(k / perRow) * ROW + ROW / 2 }));
}

async function toPng(p: Picture): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = p.width * SCALE;
	canvas.height = p.height * SCALE;
	const ctx = canvas.getContext('2d')!;
	ctx.scale(SCALE, SCALE);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, p.width, p.height);
	ctx.fillStyle = INK;
	ctx.textBaseline = 'middle';
	ctx.font = `700 17px ${FONT}`;
	ctx.fillText(p.title, 12, 18, p.width - 24);
	ctx.font = `400 12px ${FONT}`;
	ctx.fillStyle = '#4a5260';
	ctx.fillText(`Bron: ${location.origin}${location.pathname}`, 12, 36, p.width - 24);
	ctx.save();
	ctx.translate(0, HEAD);
	ctx.beginPath();
	ctx.rect(0, 0, p.scene.width, p.scene.height);
	ctx.clip();
	const draw = (washedPass: boolean) => {
		ctx.strokeStyle = EDGE;
		ctx.lineWidth = 0.6;
		ctx.beginPath();
		for (const e of p.scene.edges) {
			if (washedPass !== (p.scene.washed && e.active)) continue;
			ctx.moveTo(e.a.x, e.a.y);
			ctx.lineTo(e.b.x, e.b.y);
		}
		ctx.stroke();
		for (const n of p.scene.nodes) if (washedPass === (p.scene.washed && p.scene.highlighted(n.i))) drawMark(ctx, n.x, n.y, n.r, n.style);
	};
	draw(false);
	if (p.scene.washed) {
		ctx.fillStyle = WASH;
		ctx.fillRect(0, 0, p.scene.width, p.scene.height);
		draw(true);
	}
	paintLabels(ctx, p.labels);
	ctx.restore();
	ctx.strokeStyle = '#d0d5db';
	ctx.strokeRect(0.5, HEAD + 0.5, p.width - 1, p.scene.height - 1);
	ctx.font = `400 12px ${FONT}`;
	for (const { row, x, y } of legendSlots(p)) {
		drawMark(ctx, x + 6, y, 6, markStyle(row.mark, row.colour));
		ctx.fillStyle = INK;
		ctx.fillText(row.label, x + 18, y, 205);
	}
	if (p.note) ctx.fillText(p.note, 12, p.height - ROW / 2 - 4);
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG maken mislukt'))), 'image/png'));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toSvg(p: Picture): string {
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" font-family="${esc(FONT)}">`,
		`<title>${esc(p.title)}</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		`<text x="12" y="24" font-size="17" font-weight="700" fill="${INK}">${esc(p.title)}</text>`,
		`<g transform="translate(0 ${HEAD})">`,
		`<clipPath id="view"><rect width="${p.scene.width}" height="${p.scene.height}"/></clipPath>`,
		`<g clip-path="url(#view)">`
	];
	const layer = (washedPass: boolean) => {
		const lines = p.scene.edges
			.filter((e) => washedPass === (p.scene.washed && e.active))
			.map((e) => `M${e.a.x.toFixed(1)} ${e.a.y.toFixed(1)}L${e.b.x.toFixed(1)} ${e.b.y.toFixed(1)}`);
		if (lines.length) out.push(`<path d="${lines.join('')}" stroke="${EDGE}" stroke-width="0.6" fill="none"/>`);
		for (const n of p.scene.nodes) if (washedPass === (p.scene.washed && p.scene.highlighted(n.i))) out.push(svgMark(n.x, n.y, n.r, n.style));
	};
	layer(false);
	if (p.scene.washed) {
		out.push(`<rect width="${p.scene.width}" height="${p.scene.height}" fill="${WASH}"/>`);
		layer(true);
	}
	for (const l of p.labels) {
		if (l.from)
			out.push(
				`<line x1="${l.from.x.toFixed(1)}" y1="${l.from.y.toFixed(1)}" x2="${l.x.toFixed(1)}" y2="${l.y.toFixed(1)}" stroke="#5a6473" stroke-width="1"/>`
			);
		out.push(
			`<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" dominant-baseline="middle" font-size="${l.bold ? 13 : 12}" font-weight="${l.bold ? 700 : 500}" fill="${INK}" stroke="#ffffff" stroke-width="4" paint-order="stroke" stroke-linejoin="round">${esc(l.text)}</text>`
		);
	}
	out.push('</g>', `<rect x="0.5" y="0.5" width="${p.width - 1}" height="${p.scene.height - 1}" fill="none" stroke="#d0d5db"/>`, '</g>');
	for (const { row, x, y } of legendSlots(p))
		out.push(
			svgMark(x + 6, y, 6, markStyle(row.mark, row.colour)),
			`<text x="${x + 18}" y="${y}" dominant-baseline="middle" font-size="12" fill="${INK}">${esc(row.label)}</text>`
		);
	if (p.note) out.push(`<text x="12" y="${p.height - ROW / 2 - 4}" dominant-baseline="middle" font-size="12" fill="${INK}">${esc(p.note)}</text>`);
	out.push('</svg>');
	return out.join('\n');
}
