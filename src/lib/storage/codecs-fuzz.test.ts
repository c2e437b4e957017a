import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { EventKind, LogEvent, Origin } from '../log/index.ts';
import { KEYS, cacheKey, segmentKey, summaryKey } from './keys.ts';
import { decodeSegment, encodeSegment, ItemDictionary } from './log-codec.ts';
import { LogReader } from './log-store.ts';
import { MemoryKV } from './kv.ts';
import { openMeta } from './meta.ts';
import { loadProgressCache, saveProgressCache } from './progress-cache.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings.ts';
import { loadSummaries, saveSummary } from './summary-store.ts';
import { PackedStates } from '../srs/index.ts';

// Every stored JSON codec: valid values round-trip; random and mutated text never throws
// and never yields a value that breaks the types (10,000 cases each).
const RUNS = 10_000;

/** Random text, or a valid document with a random slice replaced. */
const mutated = (good: string) =>
	fc.oneof(
		fc.string(),
		fc.json(),
		fc
			.tuple(fc.string(), fc.nat(good.length), fc.nat(20))
			.map(([junk, at, cut]) => good.slice(0, at) + junk + good.slice(at + cut))
	);

const arbSettings = fc.record({
	retention: fc.double({ min: 0.7, max: 0.97, noNaN: true }),
	newPerDay: fc.integer({ min: 0, max: 9999 }),
	dayStartHour: fc.integer({ min: 0, max: 23 }),
	fuzz: fc.boolean(),
	shortcuts: fc.boolean()
});

describe('settings codec', () => {
	it('round-trips valid settings', () => {
		fc.assert(
			fc.property(arbSettings, (s) => {
				const kv = new MemoryKV();
				saveSettings(kv, s);
				expect(loadSettings(kv)).toEqual({ settings: s, repaired: false });
			}),
			{ numRuns: 1000 }
		);
	});

	it('reads any stored text as valid settings', () => {
		const good = JSON.stringify(DEFAULT_SETTINGS);
		fc.assert(
			fc.property(mutated(good), (text) => {
				const kv = new MemoryKV();
				kv.setItem(KEYS.settings, text);
				const { settings } = loadSettings(kv);
				expect(settings.retention).toBeGreaterThanOrEqual(0.7);
				expect(Number.isInteger(settings.newPerDay)).toBe(true);
				expect(typeof settings.shortcuts).toBe('boolean');
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('cache, summary and meta codecs', () => {
	const state = {
		due: 1,
		stability: 2,
		difficulty: 3,
		scheduledDays: 0,
		learningSteps: 1,
		reps: 1,
		lapses: 0,
		state: 1 as const,
		lastReview: 0
	};
	const cache = {
		deckRevision: 1,
		schedulerKey: 'k',
		position: { w0: 3 },
		states: PackedStates.from([{ state, suspended: false, flagged: false }])
	};

	it('progress cache: mutated text is rejected or well-typed, never thrown', () => {
		const kv = new MemoryKV();
		saveProgressCache(kv, 'd', cache);
		const good = kv.getItem(cacheKey('d'))!;
		fc.assert(
			fc.property(mutated(good), (text) => {
				kv.setItem(cacheKey('d'), text);
				const c = loadProgressCache(kv, 'd');
				if (!c) return;
				// Decoding a row may say "replay this item" (undefined), never yield bad numbers.
				for (const p of c.states.decoded()) {
					if (!p) continue;
					expect(typeof p.suspended).toBe('boolean');
					if (p.state)
						for (const v of Object.values(p.state)) expect(Number.isFinite(v)).toBe(true);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('summaries: mutated text never throws and keeps only valid entries', () => {
		const kv = new MemoryKV();
		saveSummary(kv, 'd', {
			total: 3,
			unseen: 1,
			newToday: 1,
			newPerDay: 20,
			dayStart: 0,
			due: [[5, 2]],
			learning: [],
			at: 0
		});
		const good = kv.getItem(summaryKey('d'))!;
		fc.assert(
			fc.property(mutated(good), (text) => {
				kv.setItem(summaryKey('d'), text);
				for (const c of Object.values(loadSummaries(kv))) expect(Array.isArray(c.due)).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('meta: any stored text opens with a usable device id', () => {
		fc.assert(
			fc.property(mutated('{"v":1,"device":"abcdef"}'), (text) => {
				const kv = new MemoryKV();
				kv.setItem(KEYS.meta, text);
				expect(openMeta(kv).device).toMatch(/^[a-z0-9]{4,12}$/);
			}),
			{ numRuns: RUNS }
		);
	});
});

// The review log's line codec (docs/formats/review-log.md): events of this version and of a
// newer one (unknown kinds, origins, fields) round-trip; random and mutated segments never
// throw out of the reader, and whatever decodes re-encodes to the same events.
const KINDS: Exclude<EventKind, 'unknown'>[] = [
	'review',
	'correction',
	'undo',
	'suspend',
	'unsuspend',
	'flag',
	'unflag',
	'forget',
	'mark',
	'unmark',
	'note'
];
const ORIGINS: Exclude<Origin, 'unknown'>[] = ['study', 'exam', 'assign', 'practice'];
const NEWER_SEGMENT: string = JSON.parse(
	readFileSync('tests/fixtures/storage/v2-newer-events.json', 'utf8')
)[segmentKey('fut0', 0)];

const arbLogEvent: fc.Arbitrary<Omit<LogEvent, 'id'>> = fc
	.record(
		{
			item: fc.constantFrom('d/a', 'd/b::c1', 'deck-2/case::step-3'),
			kind: fc.constantFrom<EventKind>(...KINDS, 'unknown'),
			origin: fc.constantFrom<Origin>(...ORIGINS, 'unknown'),
			t: fc.integer({ min: 0, max: 4e12 }),
			tz: fc.integer({ min: -720, max: 840 }),
			rev: fc.integer({ min: 1, max: 50 }),
			rating: fc.constantFrom(1, 2, 3, 4),
			note: fc.string(),
			answeredAgo: fc.integer({ min: -5_000, max: 3_600_000 }),
			newKind: fc.stringMatching(/^[G-LQ-RT-WYZ][a-z0-9]{0,3}$/),
			newOrigin: fc.stringMatching(/^[b-dz][a-z0-9]{0,3}$/),
			newFields: fc.array(fc.stringMatching(/^[A-Z][^,\n]{0,8}$/), { minLength: 1, maxLength: 3 })
		},
		{ requiredKeys: ['item', 'kind', 'origin', 't', 'tz', 'rev'] }
	)
	.map(({ answeredAgo, newKind, newOrigin, newFields, ...e }) => {
		const out: Omit<LogEvent, 'id'> = { ...e };
		if (answeredAgo !== undefined) out.answeredAt = e.t - answeredAgo;
		if (e.kind === 'unknown') {
			delete out.rating;
			out.unknown = { kind: newKind ?? 'Q' };
		}
		if (e.origin === 'unknown') out.unknown = { ...out.unknown, origin: newOrigin ?? 'z' };
		if (newFields) out.unknown = { ...out.unknown, fields: newFields };
		return out;
	});

const clean = (e: object) => JSON.parse(JSON.stringify(e));

describe('log line codec', () => {
	it('round-trips events of this version and of newer ones', () => {
		fc.assert(
			fc.property(fc.array(arbLogEvent, { maxLength: 20 }), (raw) => {
				const events = raw.map((e, i) => ({ ...e, id: `w1.${i}` }) as LogEvent);
				const text = encodeSegment(events, new ItemDictionary());
				const back = decodeSegment(text, 'w1', 0, new ItemDictionary());
				expect(back.map(clean)).toEqual(events.map(clean));
				expect(encodeSegment(back, new ItemDictionary())).toBe(text);
			}),
			{ numRuns: 2000 }
		);
	});

	it('random and mutated segments never throw out of the reader; what decodes re-encodes the same', () => {
		fc.assert(
			fc.property(mutated(NEWER_SEGMENT), (text) => {
				let events: LogEvent[] | undefined;
				try {
					events = decodeSegment(text, 'w', 0, new ItemDictionary());
				} catch (e) {
					expect(e).toBeInstanceOf(Error); // a malformed line: the reader quarantines it
				}
				if (events) {
					const again = encodeSegment(events, new ItemDictionary());
					expect(decodeSegment(again, 'w', 0, new ItemDictionary()).map(clean)).toEqual(
						events.map(clean)
					);
				}
				const kv = new MemoryKV();
				kv.setItem(segmentKey('w', 0), text);
				const r = new LogReader(kv).read(0);
				expect(r.events.length + r.problems.length).toBeGreaterThanOrEqual(text ? 1 : 0);
			}),
			{ numRuns: RUNS }
		);
	});
});
