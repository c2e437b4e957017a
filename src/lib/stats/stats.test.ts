import { describe, expect, it } from 'vitest';
import {
	CountsTracker,
	dayEndAt,
	formatDuration,
	homeCounts,
	sessionReport,
	summarizeCounts
} from './index.ts';

describe('deck counts', () => {
	const DAY = 86_400_000;
	const counts = summarizeCounts(
		[
			{ suspended: false },
			{ suspended: false },
			{ suspended: true },
			{ suspended: false, state: { due: 60_000 * 10, state: 1 } },
			{ suspended: false, state: { due: DAY / 2, state: 2 } },
			{ suspended: false, state: { due: DAY * 3, state: 2 } }
		],
		{ at: 0, dayStart: 0, newAllowed: 1, newPerDay: 5 }
	);

	it('counts unseen, learning steps due now, and reviews due by the end of the study day', () => {
		expect(counts).toMatchObject({ total: 6, unseen: 2, newToday: 1 });
		expect(homeCounts(counts, 0)).toEqual({ due: 1, learning: 0, new: 1 });
		expect(homeCounts(counts, 60_000 * 10)).toEqual({ due: 1, learning: 1, new: 1 });
	});

	it('rolls over to later days: new limit resets, later reviews fall due', () => {
		expect(dayEndAt(counts, DAY * 2.5)).toBe(DAY * 3);
		expect(homeCounts(counts, DAY * 3.1)).toEqual({ due: 2, learning: 1, new: 2 });
	});
});

describe('CountsTracker', () => {
	it('updated one item at a time, equals counting from scratch', () => {
		const DAY = 86_400_000;
		const states = [undefined, 1, 2, 3, 2].map((st, i) =>
			st === undefined
				? { suspended: false }
				: { suspended: false, state: { due: i * DAY * 1.7, state: st } }
		);
		const t = new CountsTracker(
			states.map((p, i) => [String(i), p]),
			0
		);
		t.update('0', { suspended: false, state: { due: DAY * 5, state: 2 } });
		t.update('2', { suspended: true });
		const changed = [...states];
		changed[0] = { suspended: false, state: { due: DAY * 5, state: 2 } };
		changed[2] = { suspended: true };
		const opts = { at: 0, dayStart: 0, newAllowed: 9, newPerDay: 9 };
		expect(t.counts(opts)).toEqual(summarizeCounts(changed, opts));
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
