import { describe, expect, it } from 'vitest';
import { fixtureBlock, gradeFixture } from '../../../tests/unit/block-fixtures.ts';
import { DAY, T0 } from '../../../tests/unit/fixtures.ts';
import {
	blockRecord,
	blockResults,
	filterResults,
	missedKeys,
	pastBlocks,
	topicTrend,
	type BlockRecord
} from './block-score.ts';
import { choose, end, goTo, toggleFlag } from './block-state.ts';

const S = 1000;

/** q1 right (x), q3 wrong (y), q5 right (x+y), q2 flagged and unanswered; ended at +90 s. */
function finished() {
	let b = fixtureBlock('timed', T0);
	b = choose(b, ['a'], T0 + 5 * S);
	b = toggleFlag(goTo(b, 1, T0 + 10 * S), T0 + 10 * S);
	b = choose(goTo(b, 2, T0 + 30 * S), ['b'], T0 + 35 * S);
	b = choose(goTo(b, 4, T0 + 60 * S), ['a'], T0 + 70 * S);
	return end(b, T0 + 90 * S, gradeFixture);
}

describe('block results', () => {
	it('scores correct / total with unanswered counted, time used and average', () => {
		const r = blockResults(finished(), T0 + DAY);
		expect(r).toMatchObject({
			correct: 2,
			total: 9,
			percent: 22,
			answered: 3,
			timeUsedMs: 90 * S,
			averageMs: 10 * S
		});
	});

	it('scores by topic, a two-topic question counting in each', () => {
		expect(blockResults(finished(), T0).byTopic).toEqual([
			{ topic: 'x', correct: 2, total: 5, percent: 40 },
			{ topic: 'y', correct: 1, total: 5, percent: 20 }
		]);
	});

	it('lists every question with chosen, correct, time and flag, and filters them', () => {
		const r = blockResults(finished(), T0, (key) => (key === 'd/lv' ? ['L4'] : ['a']));
		expect(r.questions[2]).toEqual({
			index: 2,
			key: 'd/q3',
			status: 'incorrect',
			chosen: ['b'],
			correctChoice: ['a'],
			ms: 30 * S,
			flagged: false,
			topics: ['y']
		});
		expect(filterResults(r.questions, 'flagged').map((q) => q.key)).toEqual(['d/q2']);
		expect(filterResults(r.questions, 'incorrect')).toHaveLength(7);
		expect(filterResults(r.questions, 'all')).toHaveLength(9);
		expect(missedKeys(finished(), T0)[0]).toBe('d/q2');
	});

	it('counts time still running for an open block', () => {
		expect(blockResults(fixtureBlock('timed', T0), T0 + 7 * S).timeUsedMs).toBe(7 * S);
	});
});

describe('past blocks', () => {
	it('records only ended blocks', () => {
		expect(blockRecord(fixtureBlock('timed', T0))).toBeUndefined();
		expect(blockRecord(finished())).toMatchObject({
			id: 'blk',
			mode: 'timed',
			endedAt: T0 + 90 * S,
			correct: 2,
			total: 9
		});
	});

	it('shows a trend by topic only once there are two blocks, oldest first', () => {
		const first = blockRecord(finished())!;
		const later: BlockRecord = {
			...first,
			id: 'blk2',
			endedAt: first.endedAt + DAY,
			byTopic: [{ topic: 'x', correct: 5, total: 5, percent: 100 }]
		};
		expect(topicTrend([first])).toBeUndefined();
		expect(pastBlocks([first, later]).map((r) => r.id)).toEqual(['blk2', 'blk']);
		expect(topicTrend([later, first])).toEqual([
			{
				topic: 'x',
				points: [
					{ blockId: 'blk', endedAt: first.endedAt, percent: 40, total: 5 },
					{ blockId: 'blk2', endedAt: later.endedAt, percent: 100, total: 5 }
				]
			},
			{ topic: 'y', points: [{ blockId: 'blk', endedAt: first.endedAt, percent: 20, total: 5 }] }
		]);
	});
});
