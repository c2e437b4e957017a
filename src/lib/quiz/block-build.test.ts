import { describe, expect, it } from 'vitest';
import { blockSource } from '../../../tests/unit/block-fixtures.ts';
import { T0 } from '../../../tests/unit/fixtures.ts';
import { blockNewItems, buildBlock, planBlock, planQuestionKeys } from './block-build.ts';
import { blockUnits, type BlockHistory } from './block-pool.ts';

const units = blockUnits([blockSource()], []);
const none: BlockHistory = { answered: new Set(), lastWrong: new Set(), marked: new Set() };
const made = { id: 'b1', seed: 'seed-1', now: T0 };

describe('planBlock', () => {
	it('defaults to 20 questions, capped at the pool, and says so', () => {
		const plan = planBlock(units, none, { pool: 'all' }, 's');
		expect(plan.available).toBe(9);
		expect(plan.size).toBe(9);
		expect(plan.message).toBe('This pool holds 9 questions, so the block has 9 questions.');
	});

	it('is reproducible from its seed and differs with another', () => {
		const keys = (seed: string) =>
			planQuestionKeys(planBlock(units, none, { pool: 'all', size: 5 }, seed));
		expect(keys('s')).toEqual(keys('s'));
		const seeds = ['s', 't', 'u', 'v', 'w'].map((s) => keys(s).join());
		expect(new Set(seeds).size).toBeGreaterThan(1);
	});

	it('keeps a case whole and in step order, and never exceeds the size asked', () => {
		for (let s = 0; s < 50; s++) {
			const plan = planBlock(units, none, { pool: 'all', size: 4 }, `s${s}`);
			const keys = planQuestionKeys(plan);
			expect(keys.length).toBeLessThanOrEqual(4);
			const i = keys.indexOf('d/case::m1');
			if (i >= 0) expect(keys[i + 1]).toBe('d/case::m2');
			expect(keys.includes('d/case::m2')).toBe(i >= 0);
		}
	});

	it('says when a case would not fit', () => {
		const onlyCase = units.filter((u) => u.key === 'd/case');
		const plan = planBlock(onlyCase, none, { pool: 'all', size: 1 }, 's');
		expect(plan.size).toBe(0);
		expect(plan.message).toMatch(/cases are kept whole/);
	});

	it('draws from the chosen pool only', () => {
		const flagged: BlockHistory = { ...none, marked: new Set(['d/q2', 'd/case::m2']) };
		const plan = planBlock(units, flagged, { pool: 'flagged' }, 's');
		expect(plan.counts.flagged).toBe(3);
		expect(planQuestionKeys(plan).sort()).toEqual(['d/case::m1', 'd/case::m2', 'd/q2']);
		expect(planBlock(units, none, { pool: 'incorrect' }, 's').message).toBe(
			'This pool holds no questions.'
		);
	});
});

describe('buildBlock', () => {
	const timed = { decks: ['d'], topics: [], pool: 'all' as const, mode: 'timed' as const };

	it('makes a timed block at 90 s a question with the clock running on question 1', () => {
		const plan = planBlock(units, none, { pool: 'all', size: 5 }, made.seed);
		const b = buildBlock(plan, timed, made)!;
		expect(b.questions).toHaveLength(plan.size);
		expect(b.timeLimitSec).toBe(90 * plan.size);
		expect(b.clock).toEqual({
			startedAt: T0,
			elapsedMs: 0,
			runningSince: T0,
			viewSince: T0,
			touchedAt: T0
		});
		expect(b.questions[0].visited).toBe(true);
		expect(b.strict).toBe(false);
	});

	it('shuffles options per question reproducibly from the block seed', () => {
		const plan = planBlock(units, none, { pool: 'all' }, made.seed);
		const a = buildBlock(plan, timed, made)!;
		const again = buildBlock(plan, timed, made)!;
		expect(a.questions.map((q) => q.options)).toEqual(again.questions.map((q) => q.options));
		const other = buildBlock(plan, timed, { ...made, seed: 'seed-2' })!;
		expect(a.questions.map((q) => q.options)).not.toEqual(other.questions.map((q) => q.options));
		for (const q of a.questions)
			expect([...q.options].sort()).toEqual(q.key === 'd/lv' ? [] : ['a', 'b', 'c', 'd', 'e']);
	});

	it('keeps an edited limit; Tutor mode is untimed and never strict', () => {
		const plan = planBlock(units, none, { pool: 'all', size: 2 }, 's');
		expect(buildBlock(plan, { ...timed, timeLimitSec: 600, strict: true }, made)).toMatchObject({
			timeLimitSec: 600,
			strict: true
		});
		expect(buildBlock(plan, { ...timed, mode: 'tutor', strict: true }, made)).toMatchObject({
			timeLimitSec: null,
			strict: false
		});
	});

	it('builds nothing from an empty plan', () => {
		const plan = planBlock([], none, { pool: 'all' }, 's');
		expect(buildBlock(plan, timed, made)).toBeUndefined();
	});
});

describe('blockNewItems', () => {
	it('counts the questions never answered and how far they go past today', () => {
		const isNew = (k: string) => k !== 'd/q1';
		expect(blockNewItems(['d/q1', 'd/q2', 'd/q3'], isNew, 5)).toEqual({ count: 2, overLimit: 0 });
		expect(blockNewItems(['d/q1', 'd/q2', 'd/q3'], isNew, 1)).toEqual({ count: 2, overLimit: 1 });
		expect(blockNewItems(['d/q2'], isNew, -3)).toEqual({ count: 1, overLimit: 1 });
	});
});
