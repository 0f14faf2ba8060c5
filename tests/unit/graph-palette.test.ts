/**
 * The type colours (registry) must be told apart by everyone: each at least 3:1 against white
 * (WCAG 1.4.11), and every pair at least MIN_DELTA_E apart (CIEDE2000) in normal vision and in
 * simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1).
 * The smallest distance is printed, so a palette change shows its effect.
 */
import { describe, expect, it } from 'vitest';
import { registry, typeNames } from '../../src/lib/registry/registry.ts';
import { LENS_CLASSES } from '../../src/lib/components/graph/coverage-lens.ts';

const MIN_DELTA_E = 10;

const SIMULATIONS: Record<string, number[][]> = {
	normal: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
const luminance = (hex: string) => {
	const [r, g, b] = rgb(hex).map(linear);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

function lab(hex: string, m: number[][]): [number, number, number] {
	const l = rgb(hex).map(linear);
	const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * l[0] + row[1] * l[1] + row[2] * l[2])));
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
	const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
	const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIEDE2000 colour difference. */
function deltaE([L1, a1, b1]: number[], [L2, a2, b2]: number[]): number {
	const rad = Math.PI / 180;
	const C = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
	const G = 0.5 * (1 - Math.sqrt(C ** 7 / (C ** 7 + 25 ** 7)));
	const [ap1, ap2] = [(1 + G) * a1, (1 + G) * a2];
	const [Cp1, Cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
	const hue = (x: number, y: number) => (x === 0 && y === 0 ? 0 : (Math.atan2(y, x) / rad + 360) % 360);
	const [hp1, hp2] = [hue(ap1, b1), hue(ap2, b2)];
	let dh = hp2 - hp1;
	if (Cp1 * Cp2 === 0) dh = 0;
	else if (dh > 180) dh -= 360;
	else if (dh < -180) dh += 360;
	const dH = 2 * Math.sqrt(Cp1 * Cp2) * Math.sin((dh * rad) / 2);
	const Lb = (L1 + L2) / 2;
	const Cpb = (Cp1 + Cp2) / 2;
	let hb = hp1 + hp2;
	if (Cp1 * Cp2 !== 0) hb = Math.abs(hp1 - hp2) > 180 ? (hb < 360 ? hb + 360 : hb - 360) / 2 : hb / 2;
	const T = 1 - 0.17 * Math.cos((hb - 30) * rad) + 0.24 * Math.cos(2 * hb * rad) + 0.32 * Math.cos((3 * hb + 6) * rad) - 0.2 * Math.cos((4 * hb - 63) * rad);
	const SL = 1 + (0.015 * (Lb - 50) ** 2) / Math.sqrt(20 + (Lb - 50) ** 2);
	const SC = 1 + 0.045 * Cpb;
	const SH = 1 + 0.015 * Cpb * T;
	const RT = -2 * Math.sqrt(Cpb ** 7 / (Cpb ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hb - 275) / 25) ** 2)) * rad);
	return Math.sqrt(((L2 - L1) / SL) ** 2 + ((Cp2 - Cp1) / SC) ** 2 + (dH / SH) ** 2 + RT * ((Cp2 - Cp1) / SC) * (dH / SH));
}

function smallestDistance(colours: Record<string, string>) {
	let min = { delta: Infinity, pair: '' };
	const names = Object.keys(colours);
	for (const [vision, m] of Object.entries(SIMULATIONS))
		for (let i = 0; i < names.length; i++)
			for (let j = i + 1; j < names.length; j++) {
				const delta = deltaE(lab(colours[names[i]], m), lab(colours[names[j]], m));
				if (delta < min.delta) min = { delta, pair: `${names[i]}/${names[j]} (${vision})` };
			}
	return min;
}

describe('graph palette', () => {
	const types = Object.fromEntries(typeNames.map((t) => [t, registry[t].color]));

	it('every type colour has 3:1 contrast with white', () => {
		for (const [t, c] of Object.entries(types)) expect([t, contrastWithWhite(c) >= 3]).toEqual([t, true]);
	});

	it(`type colours stay at least ΔE ${MIN_DELTA_E} apart in normal and colour-deficient vision`, () => {
		const min = smallestDistance(types);
		console.log(`kleinste afstand tussen typekleuren: ΔE2000 ${min.delta.toFixed(1)} (${min.pair})`);
		expect(min.delta).toBeGreaterThanOrEqual(MIN_DELTA_E);
	});

	it('the coverage lens classes are apart too, and the coloured ones have 3:1 contrast', () => {
		const lens = Object.fromEntries(LENS_CLASSES.map((c) => [c.label, c.color]));
		const min = smallestDistance(lens);
		console.log(`kleinste afstand tussen dekkingsklassen: ΔE2000 ${min.delta.toFixed(1)} (${min.pair})`);
		expect(min.delta).toBeGreaterThanOrEqual(MIN_DELTA_E);
		for (const c of LENS_CLASSES.slice(1)) expect([c.label, contrastWithWhite(c.color) >= 3]).toEqual([c.label, true]);
	});

	it('the check fails on the old palette (three similar warm colours)', () => {
		expect(
			smallestDistance({ thema: '#b15928', project: '#d84315', gamechanger: '#c2185b', lectoraat: '#2e7d32', partnerschap: '#00796b' }).delta
		).toBeLessThan(MIN_DELTA_E);
	});
});
