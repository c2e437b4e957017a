import { LEVELS, type Level } from '../deck/types.ts';

/** Spinal region of a vertebral level. */
export type SpineRegion = 'cervical' | 'thoracic' | 'lumbar' | 'sacral';

/** Bounding box of one drawn vertebra (the sacrum's box holds its wedge). */
export interface VertebraRect {
	level: Level;
	x: number;
	y: number;
	w: number;
	h: number;
	region: SpineRegion;
}

/** Vertebrae stacked top to bottom, and the drawing's total height. */
export interface SpineLayout {
	vertebrae: VertebraRect[];
	height: number;
}

/** Vertical gap between two bodies (the disc), in drawing units. */
export const DISC_GAP = 8;

/** Empty space above the first and below the last vertebra, in drawing units. */
export const SPINE_PAD = 4;

const order = (level: Level): number => LEVELS.indexOf(level);
const last = LEVELS.length - 2; // L5: the last vertebral body before the sacrum

/** Region of a level, from its letter. */
export function regionOf(level: Level): SpineRegion {
	switch (level[0]) {
		case 'C':
			return 'cervical';
		case 'T':
			return 'thoracic';
		case 'L':
			return 'lumbar';
		default:
			return 'sacral';
	}
}

/** Sorts levels into LEVELS order, dropping duplicates. */
export function sortLevels(levels: readonly Level[]): Level[] {
	return [...new Set(levels)].sort((a, b) => order(a) - order(b));
}

/**
 * Lays out `levels` as a side-view spine `width` units wide: bodies grow taller and wider
 * from C1 to L5, sway gently with the cervical/lumbar lordosis and thoracic kyphosis, and the
 * sacrum gets a taller box for its wedge. Every box lies within `[0, width]` horizontally.
 */
export function spineLayout(levels: readonly Level[], width: number): SpineLayout {
	const vertebrae: VertebraRect[] = [];
	let y = SPINE_PAD;
	for (const level of sortLevels(levels)) {
		const i = order(level);
		const region = regionOf(level);
		const t = Math.min(i, last) / last; // 0 at C1, 1 at L5 and S1
		const h = region === 'sacral' ? 60 : 22 + 12 * t;
		const w = width * (region === 'sacral' ? 0.62 : 0.36 + 0.24 * t);
		// One sine period over C1..S1: forward in the neck, back in the thorax, forward again low.
		const sway = width * 0.08 * Math.sin((i / (LEVELS.length - 1)) * 2 * Math.PI + Math.PI / 2);
		const x = Math.min(Math.max((width - w) / 2 + sway, 0), width - w);
		vertebrae.push({ level, x, y, w, h, region });
		y += h + DISC_GAP;
	}
	const height = vertebrae.length ? y - DISC_GAP + SPINE_PAD : 0;
	return { vertebrae, height };
}

/** SVG `points` of the sacral wedge inside its box: wide at the top, tapering down. */
export function sacrumPoints(r: Pick<VertebraRect, 'x' | 'y' | 'w' | 'h'>): string {
	const pts: [number, number][] = [
		[r.x, r.y],
		[r.x + r.w, r.y],
		[r.x + r.w * 0.62, r.y + r.h],
		[r.x + r.w * 0.42, r.y + r.h]
	];
	return pts.map(([px, py]) => `${round(px)},${round(py)}`).join(' ');
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** Adds `level` if absent, removes it if present; returns a new array in LEVELS order. */
export function toggleLevel(selected: readonly Level[], level: Level): Level[] {
	const next = selected.includes(level)
		? selected.filter((l) => l !== level)
		: [...selected, level];
	return sortLevels(next);
}

/** Whether two level lists hold the same set of levels, ignoring order and duplicates. */
export function sameLevels(a: readonly Level[], b: readonly Level[]): boolean {
	const sa = new Set(a);
	const sb = new Set(b);
	return sa.size === sb.size && [...sa].every((l) => sb.has(l));
}
