import { describe, expect, it } from 'vitest';
import { ev, MIN, T0 } from '../../../tests/unit/fixtures.ts';
import type { LogEvent } from '../log/index.ts';
import { studyDayStart } from '../srs/index.ts';
import { dayTotals } from './index.ts';

const HOUR = 60 * MIN;
const day = studyDayStart(T0, 0, 4); // T0 is 12:00 UTC

describe('dayTotals', () => {
	it('counts reviews, correct ones and capped time for the study day only', () => {
		const events: LogEvent[] = [
			ev({ item: 'd/a', t: T0, rating: 3, ms: 5000 }),
			ev({ item: 'd/b', t: T0 + MIN, rating: 1, ms: 300_000 }), // capped at 60 s
			ev({ item: 'd/c', t: T0 + 2 * MIN, rating: 1, correct: true, ms: 1000 }), // checked right
			ev({ item: 'd/d', t: day - MIN, rating: 4, ms: 1000 }) // yesterday's study day
		];
		expect(dayTotals(events, day, 4)).toMatchObject({
			reviews: 3,
			correct: 2,
			ms: 5000 + 60_000 + 1000
		});
	});

	it('leaves undone reviews out and takes a correction rating', () => {
		const a = ev({ item: 'd/a', t: T0, rating: 3, ms: 1000 });
		const b = ev({ item: 'd/b', t: T0, rating: 1, ms: 1000 });
		const events = [
			a,
			b,
			ev({ item: 'd/a', t: T0 + MIN, kind: 'undo', target: a.id, rating: undefined }),
			ev({ item: 'd/b', t: T0 + MIN, kind: 'correction', target: b.id, rating: 4 })
		];
		expect(dayTotals(events, day, 4)).toMatchObject({ reviews: 1, correct: 1, ms: 1000 });
	});

	it('puts each event in its own local study day, by its UTC offset', () => {
		// 03:30 local in Tokyo (+540) is before a 04:00 day start: the previous study day.
		const tokyoEarly = ev({ item: 'd/a', t: Date.UTC(2026, 0, 5, 18, 30), tz: 540 });
		const tokyoDay = studyDayStart(tokyoEarly.t, 540, 4);
		expect(dayTotals([tokyoEarly], tokyoDay, 4).reviews).toBe(1);
		expect(dayTotals([tokyoEarly], tokyoDay + 24 * HOUR, 4).reviews).toBe(0);
	});

	it('shows practice apart from scheduled answers', () => {
		const events = [
			ev({ item: 'd/a', t: T0, rating: 3, ms: 2000 }),
			ev({ item: 'd/a', t: T0 + MIN, origin: 'practice' as LogEvent['origin'], rating: 1 })
		];
		expect(dayTotals(events, day, 4)).toMatchObject({
			reviews: 1,
			practice: { reviews: 1, correct: 0, ms: 0 }
		});
	});
});
