import { describe, expect, it } from 'vitest';
import { middayTimezone } from '../midday-zone.ts';

const localMinutes = (at: Date, timeZone: string): number => {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(at);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return get('hour') * 60 + get('minute');
};

describe('middayTimezone', () => {
	it('puts every UTC minute of a day within half an hour of local noon', () => {
		for (let m = 0; m < 24 * 60; m += 7) {
			const at = new Date(Date.UTC(2026, 10, 24, 0, m));
			const zone = middayTimezone(at);
			const local = localMinutes(at, zone);
			expect(Math.abs(local - 12 * 60), `${at.toISOString()} in ${zone}`).toBeLessThanOrEqual(30);
		}
	});

	it('keeps a run that starts at 03:55 UTC far from the 04:00 day start', () => {
		const at = new Date('2026-11-24T03:55:00Z');
		expect(localMinutes(at, middayTimezone(at))).toBe(11 * 60 + 55);
	});
});
