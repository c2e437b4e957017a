import { describe, expect, it } from 'vitest';
import { fixtureBlock } from '../../../tests/unit/block-fixtures.ts';
import { MIN, T0 } from '../../../tests/unit/fixtures.ts';
import {
	deadline,
	dueAnnouncement,
	elapsedMs,
	formatRemaining,
	isTimeUp,
	remainingMs
} from './block-clock.ts';
import { suspend } from './block-state.ts';

describe('block clock', () => {
	const b = fixtureBlock('timed', T0, { timeLimitSec: 20 * 60 });

	it('counts down from the limit and stops at 0', () => {
		expect(remainingMs(b, T0)).toBe(20 * MIN);
		expect(remainingMs(b, T0 + 19 * MIN)).toBe(MIN);
		expect(remainingMs(b, T0 + 99 * MIN)).toBe(0);
		expect(deadline(b)).toBe(T0 + 20 * MIN);
		expect(isTimeUp(b, T0 + 20 * MIN)).toBe(true);
	});

	it('never runs backwards when the clock is set back', () => {
		expect(elapsedMs(b, T0 - MIN)).toBe(0);
	});

	it('has no deadline while suspended', () => {
		const s = suspend(b, T0 + MIN);
		expect(deadline(s)).toBeUndefined();
		expect(remainingMs(s, T0 + 50 * MIN)).toBe(19 * MIN);
	});

	it('announces at 5 and at 1 minute left, once each', () => {
		const at = (left: number) => T0 + 20 * MIN - left;
		expect(dueAnnouncement(b, at(5 * MIN + 500), at(5 * MIN - 500))).toBe(5);
		expect(dueAnnouncement(b, at(5 * MIN), at(5 * MIN - 1000))).toBeUndefined();
		expect(dueAnnouncement(b, at(61_000), at(60_000))).toBe(1);
		expect(dueAnnouncement(b, at(10 * MIN), at(30_000))).toBe(1); // slow tick: the later mark
		expect(dueAnnouncement(b, at(10 * MIN), at(9 * MIN))).toBeUndefined();
		expect(dueAnnouncement(fixtureBlock('tutor', T0), T0, T0 + 99 * MIN)).toBeUndefined();
	});

	it('writes the remaining time as text', () => {
		expect(formatRemaining(12 * MIN + 5000)).toBe('12:05');
		expect(formatRemaining(999)).toBe('0:01');
		expect(formatRemaining(0)).toBe('0:00');
		expect(formatRemaining(62 * MIN + 30_000)).toBe('1:02:30');
	});
});
