import { describe, expect, it } from 'vitest';
import { fixtureBlock, gradeFixture } from '../../../tests/unit/block-fixtures.ts';
import { MIN, T0 } from '../../../tests/unit/fixtures.ts';
import { takeReviewDrafts } from './block-events.ts';
import { check, choose, end, next } from './block-state.ts';

const S = 1000;

describe('review events of a block', () => {
	it('Timed: one event per answered question at the end, logged at the end time', () => {
		let b = fixtureBlock('timed', T0);
		b = choose(b, ['a'], T0 + 10 * S);
		b = next(b, T0 + 20 * S);
		b = choose(next(b, T0 + 30 * S), ['c'], T0 + 40 * S); // q2 skipped
		expect(takeReviewDrafts(b, T0 + MIN).drafts).toEqual([]); // nothing before the end
		b = end(b, T0 + MIN, gradeFixture);
		const logAt = T0 + MIN + 5;
		const { block, drafts } = takeReviewDrafts(b, logAt);
		expect(drafts).toEqual([
			{
				item: 'd/q1',
				kind: 'review',
				origin: 'exam',
				t: logAt,
				rating: 3,
				choice: ['a'],
				correct: true,
				ms: 20 * S,
				answeredAt: T0 + 10 * S,
				block: 'blk'
			},
			{
				item: 'd/q3',
				kind: 'review',
				origin: 'exam',
				t: logAt,
				rating: 1,
				choice: ['c'],
				correct: false,
				ms: 30 * S,
				answeredAt: T0 + 40 * S,
				block: 'blk'
			}
		]);
		expect(takeReviewDrafts(block, logAt + 1).drafts).toEqual([]); // exactly once
	});

	it('Tutor: each answer at its "Check answer", never again at the end', () => {
		let b = fixtureBlock('tutor', T0);
		b = check(choose(b, ['b'], T0 + S), T0 + 2 * S, gradeFixture);
		let out = takeReviewDrafts(b, T0 + 2 * S);
		expect(out.drafts.map((d) => [d.item, d.rating, d.t])).toEqual([['d/q1', 1, T0 + 2 * S]]);
		b = choose(next(out.block, T0 + 3 * S), ['a'], T0 + 4 * S); // chosen, never checked
		b = end(b, T0 + 5 * S, gradeFixture);
		out = takeReviewDrafts(b, T0 + 5 * S);
		expect(out.drafts).toEqual([]);
		expect(out.block).toBe(b);
	});
});
