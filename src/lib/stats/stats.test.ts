import { describe, expect, it } from 'vitest';
import { countDue, formatDuration, sessionReport, summarizeCounts } from './index.ts';

describe('deck counts', () => {
	it('counts unseen, new allowed today and due by time', () => {
		const c = summarizeCounts(
			[
				{ suspended: false },
				{ suspended: false },
				{ suspended: true },
				{ suspended: false, state: { due: 60_000 * 10, state: 2 } },
				{ suspended: false, state: { due: 60_000 * 100, state: 2 } }
			],
			{ at: 0, dayStart: 0, newAllowed: 1 }
		);
		expect(c).toMatchObject({ total: 5, unseen: 2, newToday: 1 });
		expect(countDue(c, 60_000 * 10)).toBe(1);
		expect(countDue(c, 60_000 * 1000)).toBe(2);
		expect(countDue(c, 0)).toBe(0);
	});
});

describe('session report', () => {
	it('reports accuracy, missed items once, and topics in deck order', () => {
		const r = sessionReport(
			[
				{ key: 'a', correct: false, topics: ['t2'] },
				{ key: 'b', correct: true, topics: ['t1', 't2'] },
				{ key: 'a', correct: false, topics: ['t2'] }
			],
			['t1', 't2', 't3'],
			1000,
			201_000
		);
		expect(r).toMatchObject({ reviewed: 3, correct: 1, missed: ['a'], durationMs: 200_000 });
		expect(r.byTopic).toEqual([
			{ topic: 't1', answered: 1, correct: 1, accuracy: 1 },
			{ topic: 't2', answered: 3, correct: 1, accuracy: 1 / 3 }
		]);
		expect(formatDuration(200_000)).toBe('3 min 20 s');
		expect(sessionReport([], [], 0, 0).accuracy).toBe(0);
	});
});
