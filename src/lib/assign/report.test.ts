import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XSS_TEXTS } from '../../../tests/faults/xss-payloads.ts';
import { TYPICAL } from '../../../tests/unit/assign-fixtures.ts';
import { DAY, ev, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import type { LogEvent, Rating } from '../log/index.ts';
import type { Assignment } from './assignment.ts';
import { crc32Hex } from './crc32.ts';
import {
	buildReport,
	parseReport,
	reportToCsv,
	serializeReport,
	type ReportInput
} from './report.ts';

const deck = testDeck();
const assignment: Assignment = {
	...TYPICAL,
	deck: { id: 'test', revision: 1 },
	topics: ['t1'],
	done: { recallPercent: 60 },
	due: '2026-01-20'
};
const input = (over: Partial<ReportInput> = {}): ReportInput => ({
	resident: { id: 'r-4k2j9x', name: 'Dr. Ana Díaz' },
	assignment,
	deck,
	events: [
		ev({ id: 'dev.0', item: 'test/a', t: T0, ms: 12_000 }),
		ev({ id: 'dev.1', item: 'test/b', t: T0 + 1000 }), // not assigned: left out
		ev({ id: 'dev.2', item: 'test/cz::c1', t: T0 + 2000, rating: 1, ms: 90_000 }),
		{ ...ev({ id: 'dev.3', item: 'test/a', t: T0 + 3000, kind: 'flag' }), note: 'typo' }
	],
	blocks: [{ at: T0 + 5000, size: 10, correct: 8 }],
	settings: { retention: 0.9, dayStartHour: 4 },
	appVersion: '0.1.0',
	tz: 60,
	now: T0 + DAY,
	...over
});

describe('completion report', () => {
	it('carries the assigned items’ figure events only, with figures and a checksum', () => {
		const report = buildReport(input());
		expect(report.events).toEqual([
			{
				writer: 'dev',
				runs: [
					[0, expect.any(String)],
					[2, expect.any(String)]
				]
			}
		]);
		expect(report.figures.overall).toMatchObject({ items: 6, done: 2, answered: 2, correct: 1 });
		expect(report.figures.timeMs).toBe(72_000);
		expect(report.dueAt).toBe('2026-01-20T23:00:00.000Z');
		expect(report.checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
		expect(JSON.stringify(report)).not.toContain('typo');
	});

	it('round-trips through its file and gives back the events', () => {
		const report = buildReport(input());
		const parsed = parseReport(serializeReport(report));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.report).toEqual(report);
		expect(parsed.events.map((e) => e.id)).toEqual(['dev.0', 'dev.2']);
		expect(parsed.blocks).toEqual([{ at: T0 + 5000, size: 10, correct: 8 }]);
		// Whitespace does not matter to the checksum; content does.
		expect(parseReport(JSON.stringify(report)).ok).toBe(true);
	});

	it('names what is wrong with a foreign, newer, damaged or altered file', () => {
		const text = serializeReport(buildReport(input()));
		const obj = JSON.parse(text);
		const cases: [string, string][] = [
			['not json', 'damaged'],
			[text.slice(0, text.length / 2), 'damaged'],
			['[]', 'not-a-report'],
			[JSON.stringify({ app: 'casedeck', kind: 'backup', version: 1 }), 'not-a-report'],
			[JSON.stringify({ ...obj, format: 2 }), 'newer-version'],
			[JSON.stringify({ ...obj, figures: { ...obj.figures, status: 'done' } }), 'damaged'],
			[text.replace('Dr. Ana', 'Dr. Bob'), 'damaged']
		];
		for (const [t, reason] of cases) expect(parseReport(t)).toMatchObject({ ok: false, reason });
		// A hand-made file with a fixed-up checksum still has to be valid.
		const resealed = JSON.parse(text);
		resealed.resident.id = 'NO';
		delete resealed.checksum;
		resealed.checksum = `crc32:${crc32Hex(JSON.stringify(resealed))}`;
		expect(parseReport(JSON.stringify(resealed))).toMatchObject({
			ok: false,
			reason: 'invalid',
			message: expect.stringContaining('resident.id')
		});
	});

	it('keeps names and titles from the XSS corpus as plain text, in JSON and in CSV', () => {
		for (const text of XSS_TEXTS) {
			const name = text.slice(0, 80).replace(/[\u0000-\u001f]/g, ' '); // eslint-disable-line no-control-regex
			if (name.trim() === '') continue;
			const report = buildReport(input({ resident: { id: 'r-4k2j9x', name } }));
			const parsed = parseReport(serializeReport(report));
			expect(parsed.ok && parsed.report.resident.name).toBe(name);
			const csv = reportToCsv(report);
			expect(csv.split('\r\n')[1].startsWith('=')).toBe(false);
		}
	});

	it('writes CSV with one row per topic and the whole', () => {
		const csv = reportToCsv(buildReport(input()));
		const lines = csv.trim().split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^Resident,Resident id,Assignment,/);
		expect(lines[1]).toContain(',(all),6,2,2,50,');
	});

	const eventsArb = fc
		.array(
			fc.record({
				item: fc.constantFrom(...deck.items.map((i) => `test/${i.id}`)),
				dt: fc.integer({ min: 0, max: 3 * DAY }),
				rating: fc.constantFrom<Rating>(1, 2, 3, 4),
				ms: fc.integer({ min: 0, max: 120_000 }),
				writer: fc.constantFrom('a', 'b2')
			}),
			{ maxLength: 40 }
		)
		.map((list) => {
			const seq: Record<string, number> = {};
			let t = T0;
			return list.map((x): LogEvent => {
				t += x.dt;
				const n = (seq[x.writer] = (seq[x.writer] ?? -1) + 1);
				return {
					id: `${x.writer}.${n}`,
					item: x.item,
					kind: 'review',
					origin: 'study',
					t,
					tz: 0,
					rev: 1,
					rating: x.rating,
					ms: Math.round(x.ms / 100) * 100
				};
			});
		});

	it('round-trips any report (property)', () => {
		fc.assert(
			fc.property(
				eventsArb,
				fc
					.string({ minLength: 1, maxLength: 80 })
					.filter((s) => s.trim() !== '' && !/[\u0000-\u001f\u007f]|\p{Cs}/u.test(s)), // eslint-disable-line no-control-regex
				fc.constantFrom<Assignment['topics']>('all', ['t1'], ['t2', 't1']),
				(events, name, topics) => {
					const report = buildReport(
						input({
							events,
							resident: { id: 'resident-1', name },
							assignment: { ...assignment, topics }
						})
					);
					const parsed = parseReport(serializeReport(report));
					expect(parsed.ok).toBe(true);
					if (parsed.ok) expect(parsed.report).toEqual(report);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws on random or mutated files, and each failure explains (10,000 cases each)', () => {
		const text = serializeReport(buildReport(input()));
		const check = (t: string) => {
			const r = parseReport(t);
			if (!r.ok) expect(r.message.length).toBeGreaterThan(30);
		};
		fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 10_000 });
		fc.assert(fc.property(fc.json(), check), { numRuns: 10_000 });
		const mutated = fc
			.tuple(fc.nat(text.length - 1), fc.nat(text.length), fc.string({ maxLength: 4 }))
			.map(([at, cut, s]) => (text.slice(0, at) + s + text.slice(at + 1)).slice(0, cut));
		fc.assert(
			fc.property(mutated, (t) => {
				const r = parseReport(t);
				// A change that leaves the JSON's content equal (whitespace) may still read.
				if (r.ok) expect(serializeReport(r.report)).toBe(text);
				else expect(r.message.length).toBeGreaterThan(30);
			}),
			{ numRuns: 10_000 }
		);
	});
});
