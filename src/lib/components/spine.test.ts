import { describe, expect, it } from 'vitest';
import { LEVELS, type Level } from '../deck/types.ts';
import {
	regionOf,
	sacrumPoints,
	sameLevels,
	sortLevels,
	spineLayout,
	toggleLevel
} from './spine.ts';

const ALL = [...LEVELS] as Level[];

describe('regionOf', () => {
	it('maps each letter to its region', () => {
		expect(regionOf('C1')).toBe('cervical');
		expect(regionOf('C7')).toBe('cervical');
		expect(regionOf('T12')).toBe('thoracic');
		expect(regionOf('L5')).toBe('lumbar');
		expect(regionOf('S1')).toBe('sacral');
	});
});

describe('spineLayout', () => {
	it('stacks levels top to bottom in LEVELS order, whatever the input order', () => {
		const { vertebrae } = spineLayout(['L2', 'T12', 'S1', 'L1'], 160);
		expect(vertebrae.map((v) => v.level)).toEqual(['T12', 'L1', 'L2', 'S1']);
		for (let i = 1; i < vertebrae.length; i++) {
			expect(vertebrae[i].y).toBeGreaterThan(vertebrae[i - 1].y);
		}
	});

	it('draws each level once', () => {
		const { vertebrae } = spineLayout(['L3', 'L3', 'L4'], 160);
		expect(vertebrae.map((v) => v.level)).toEqual(['L3', 'L4']);
	});

	it('never overlaps two vertebrae and leaves a disc gap between them', () => {
		const { vertebrae } = spineLayout(ALL, 160);
		expect(vertebrae).toHaveLength(LEVELS.length);
		for (let i = 1; i < vertebrae.length; i++) {
			const above = vertebrae[i - 1];
			expect(vertebrae[i].y).toBeGreaterThan(above.y + above.h);
		}
	});

	it('keeps every box inside the width and the height', () => {
		for (const width of [100, 160, 320]) {
			const { vertebrae, height } = spineLayout(ALL, width);
			for (const v of vertebrae) {
				expect(v.x).toBeGreaterThanOrEqual(0);
				expect(v.x + v.w).toBeLessThanOrEqual(width + 1e-9);
				expect(v.y).toBeGreaterThanOrEqual(0);
				expect(v.y + v.h).toBeLessThanOrEqual(height);
				expect(v.w).toBeGreaterThan(0);
				expect(v.h).toBeGreaterThan(0);
			}
		}
	});

	it('grows bodies from cervical to lumbar and gives the sacrum the tallest box', () => {
		const byLevel = new Map(spineLayout(ALL, 160).vertebrae.map((v) => [v.level, v]));
		const c3 = byLevel.get('C3')!;
		const t6 = byLevel.get('T6')!;
		const l3 = byLevel.get('L3')!;
		const s1 = byLevel.get('S1')!;
		expect(t6.h).toBeGreaterThan(c3.h);
		expect(l3.h).toBeGreaterThan(t6.h);
		expect(t6.w).toBeGreaterThan(c3.w);
		expect(l3.w).toBeGreaterThan(t6.w);
		expect(s1.h).toBeGreaterThan(l3.h);
		expect(s1.region).toBe('sacral');
		expect(l3.region).toBe('lumbar');
	});

	it('sizes a level the same whatever else is drawn', () => {
		const alone = spineLayout(['L4'], 160).vertebrae[0];
		const inFull = spineLayout(ALL, 160).vertebrae.find((v) => v.level === 'L4')!;
		expect(alone.h).toBe(inFull.h);
		expect(alone.w).toBe(inFull.w);
	});

	it('reports a height that grows with the span and is 0 when empty', () => {
		expect(spineLayout([], 160)).toEqual({ vertebrae: [], height: 0 });
		const short = spineLayout(['L1', 'L2'], 160).height;
		const long = spineLayout(['L1', 'L2', 'L3'], 160).height;
		expect(short).toBeGreaterThan(0);
		expect(long).toBeGreaterThan(short);
	});
});

describe('sacrumPoints', () => {
	it('makes a wedge: full width on top, narrower at the bottom', () => {
		const pts = sacrumPoints({ x: 10, y: 20, w: 100, h: 50 })
			.split(' ')
			.map((p) => p.split(',').map(Number));
		expect(pts).toHaveLength(4);
		expect(pts[0]).toEqual([10, 20]);
		expect(pts[1]).toEqual([110, 20]);
		const bottomWidth = pts[2][0] - pts[3][0];
		expect(bottomWidth).toBeGreaterThan(0);
		expect(bottomWidth).toBeLessThan(100);
		expect(pts[2][1]).toBe(70);
	});
});

describe('toggleLevel', () => {
	it('adds a missing level in LEVELS order', () => {
		expect(toggleLevel(['L4', 'C2'], 'T1')).toEqual(['C2', 'T1', 'L4']);
	});

	it('removes a present level', () => {
		expect(toggleLevel(['C2', 'T1', 'L4'], 'T1')).toEqual(['C2', 'L4']);
	});

	it('returns a new array and leaves the input alone', () => {
		const input: Level[] = ['L4', 'L3'];
		const out = toggleLevel(input, 'L5');
		expect(out).not.toBe(input);
		expect(input).toEqual(['L4', 'L3']);
		expect(toggleLevel(toggleLevel(input, 'S1'), 'S1')).toEqual(['L3', 'L4']);
	});

	it('sorts T10 after T9 and S1 last', () => {
		expect(toggleLevel(['S1', 'T10'], 'T9')).toEqual(['T9', 'T10', 'S1']);
		expect(sortLevels(['S1', 'L1', 'C7', 'T2', 'T2'])).toEqual(['C7', 'T2', 'L1', 'S1']);
	});
});

describe('sameLevels', () => {
	it('ignores order and duplicates', () => {
		expect(sameLevels(['L3', 'L4'], ['L4', 'L3'])).toBe(true);
		expect(sameLevels(['L3', 'L3', 'L4'], ['L4', 'L3'])).toBe(true);
		expect(sameLevels([], [])).toBe(true);
	});

	it('spots missing or extra levels', () => {
		expect(sameLevels(['L3'], ['L3', 'L4'])).toBe(false);
		expect(sameLevels(['L3', 'L4'], ['L3'])).toBe(false);
		expect(sameLevels(['L3'], ['L4'])).toBe(false);
		expect(sameLevels(['L3'], [])).toBe(false);
	});
});
