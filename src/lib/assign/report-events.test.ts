import { describe, expect, it } from 'vitest';
import { ev, T0 } from '../../../tests/unit/fixtures.ts';
import { decodeReportEvents, encodeReportEvents } from './report-events.ts';

describe('report events', () => {
	it('round-trips a subset of the log in runs, with the log encoding', () => {
		const events = [
			ev({ id: 'dev1.0', item: 'test/a', t: T0, ms: 4000 }),
			ev({ id: 'dev1.1', item: 'test/b', t: T0 + 1000, rating: 1, tz: 540 }),
			ev({
				id: 'dev1.7',
				item: 'test/a',
				t: T0 + 9000,
				kind: 'undo',
				target: 'dev1.1',
				rating: undefined
			}),
			ev({ id: 'tab2.3', item: 'test/b', t: T0 + 5, origin: 'exam', correct: true, choice: ['x'] })
		].map((e) => {
			const copy = { ...e };
			if (copy.rating === undefined) delete copy.rating;
			return copy;
		});
		const encoded = encodeReportEvents(events);
		expect(encoded.map((w) => [w.writer, w.runs.map((r) => r[0])])).toEqual([
			['dev1', [0, 7]],
			['tab2', [3]]
		]);
		expect(encoded[0].runs[1][1]).toMatch(/^[0-9a-z]+,u,#0,/); // the item spelled once per writer
		const back = decodeReportEvents(encoded);
		expect(back.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			[...events].sort((a, b) => a.id.localeCompare(b.id))
		);
	});

	it('refuses overlapping runs, a writer listed twice and bad lines', () => {
		expect(() =>
			decodeReportEvents([
				{
					writer: 'w',
					runs: [
						[0, '1,r3,=test/a'],
						[0, '1,r3,#0']
					]
				}
			])
		).toThrow(/overlap/);
		expect(() =>
			decodeReportEvents([
				{ writer: 'w', runs: [] },
				{ writer: 'w', runs: [] }
			])
		).toThrow(/twice/);
		expect(() => decodeReportEvents([{ writer: 'w', runs: [[0, 'zz']] }])).toThrow(
			/writer w from 0/
		);
	});
});
