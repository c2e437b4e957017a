import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ev, T0 } from '../../../tests/unit/fixtures.ts';
import type { LogEvent } from '../log/index.ts';
import { LogStore } from '../../../tests/unit/log-store.ts';
import { KEYS, cacheKey, quarantineKey, segmentKey } from './keys.ts';
import { MemoryKV } from './kv.ts';
import { ItemDictionary, SEGMENT_SIZE, decodeSegment, encodeSegment } from './log-codec.ts';
import { LogReader, LogWriter } from './log-store.ts';
import { openMeta } from './meta.ts';
import { loadProgressCache, saveProgressCache } from './progress-cache.ts';
import { listQuarantine } from './quarantine.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings.ts';
import { PackedStates } from '../srs/index.ts';

const contents = (kv: MemoryKV) =>
	Object.fromEntries(
		Array.from({ length: kv.length }, (_, i) => [kv.key(i)!, kv.getItem(kv.key(i)!)])
	);

const event = (writer: string, seq: number, p: Partial<LogEvent> = {}): LogEvent => ({
	...ev({ item: 'deck/card::c1', t: T0 + seq * 10_000 }),
	id: `${writer}.${seq}`,
	...p
});

const arbEvent = fc.record({
	item: fc.constantFrom('d/a', 'd/b::c1', 'deck-2/case::step-3', 'x/y'),
	kind: fc.constantFrom(
		'review',
		'correction',
		'undo',
		'suspend',
		'unsuspend',
		'flag',
		'unflag',
		'forget'
	),
	origin: fc.constantFrom('study', 'exam', 'assign'),
	t: fc.integer({ min: 0, max: 4e12 }),
	tz: fc.integer({ min: -720, max: 840 }),
	rev: fc.integer({ min: 1, max: 50 }),
	rating: fc.option(fc.constantFrom(1, 2, 3, 4), { nil: undefined }),
	choice: fc.option(
		fc.array(fc.constantFrom('a', 'b', 'L3', 'T12'), { minLength: 1, maxLength: 3 }),
		{
			nil: undefined
		}
	),
	correct: fc.option(fc.boolean(), { nil: undefined }),
	ms: fc.option(
		fc.integer({ min: 0, max: 3_600_000 }).map((n) => n - (n % 100)),
		{ nil: undefined }
	),
	target: fc.option(fc.constantFrom('abc0.1', 'x9.200'), { nil: undefined }),
	note: fc.option(fc.string(), { nil: undefined })
}) as fc.Arbitrary<Omit<LogEvent, 'id'>>;

/** Drops undefined fields so decoded and original compare equal. */
const clean = (e: object) => JSON.parse(JSON.stringify(e));

describe('log codec', () => {
	it('round-trips any events', () => {
		fc.assert(
			fc.property(fc.array(arbEvent, { maxLength: 30 }), (raw) => {
				const events = raw.map((e, i) => ({ ...e, id: `w1.${i}` }) as LogEvent);
				const text = encodeSegment(events, new ItemDictionary());
				expect(decodeSegment(text, 'w1', 0, new ItemDictionary()).map(clean)).toEqual(
					events.map(clean)
				);
			}),
			{ numRuns: 2000 }
		);
	});

	it('never throws anything but an Error on mutated input', () => {
		const good = encodeSegment(
			[event('w', 0), event('w', 1, { kind: 'flag', note: 'typo, here' })],
			new ItemDictionary()
		);
		fc.assert(
			fc.property(fc.string(), fc.nat(good.length), (junk, at) => {
				const text = good.slice(0, at) + junk + good.slice(at);
				try {
					decodeSegment(text, 'w', 0, new ItemDictionary());
				} catch (e) {
					expect(e).toBeInstanceOf(Error);
				}
			}),
			{ numRuns: 10_000 }
		);
	});

	it('stores a typical review in under 30 characters', () => {
		const events: LogEvent[] = [];
		for (let i = 0; i < 1000; i++)
			events.push(
				event('w', i, {
					item: `deck/card-${i % 100}`,
					t: T0 + i * 9_000,
					ms: 8_000 + (i % 7) * 1000
				})
			);
		const dict = new ItemDictionary();
		let chars = 0;
		for (let s = 0; s < events.length; s += SEGMENT_SIZE)
			chars += encodeSegment(events.slice(s, s + SEGMENT_SIZE), dict).length + 1;
		expect(chars / events.length).toBeLessThan(30);
	});
});

describe('LogStore', () => {
	it('appends across segments and reads everything back', () => {
		const kv = new MemoryKV();
		const a = new LogStore(kv, 'dev0');
		a.read(T0);
		for (let i = 0; i < SEGMENT_SIZE + 5; i++) expect(a.append(event('dev0', i)).ok).toBe(true);
		expect(kv.getItem(segmentKey('dev0', 1))?.split('\n')).toHaveLength(5);
		const b = new LogStore(kv, 'dev0');
		const { events } = b.read(T0);
		expect(events).toHaveLength(SEGMENT_SIZE + 5);
		expect(b.nextId()).toBe(`dev0.${SEGMENT_SIZE + 5}`);
	});

	it('skips segments a cache already reflects, and reads in slices the same events', async () => {
		const kv = new MemoryKV();
		const w = new LogStore(kv, 'dev0');
		w.read(T0);
		for (let i = 0; i < SEGMENT_SIZE * 3 + 7; i++)
			w.append(event('dev0', i, { item: `deck/card-${i % 250}` }));
		const all = new LogReader(kv).read(T0).events;
		const since = { dev0: SEGMENT_SIZE * 2 + 3 };
		const later = new LogReader(kv).read(T0, since).events;
		expect(later).toEqual(all.slice(SEGMENT_SIZE * 2 + 3));
		let pauses = 0;
		const sliced = await new LogReader(kv).readInSlices(T0, {}, async () => void pauses++, -1);
		expect(sliced.events).toEqual(all);
		expect(pauses).toBeGreaterThan(0);
	});

	it('a writer that takes over a reader’s cursor continues exactly like one that scans', () => {
		const fill = (kv: MemoryKV, n: number) => {
			const w = new LogWriter(kv, 'dev0', T0);
			for (let i = 0; i < n; i++) w.append(event('dev0', i, { item: `deck/card-${i % 250}` }));
		};
		for (const n of [0, 7, SEGMENT_SIZE, SEGMENT_SIZE * 2 + 9]) {
			const scanned = new MemoryKV();
			const adopted = new MemoryKV();
			fill(scanned, n);
			fill(adopted, n);
			const reader = new LogReader(adopted);
			reader.read(T0, { dev0: Math.max(0, n - 3) });
			const a = new LogWriter(scanned, 'dev0', T0);
			const b = new LogWriter(adopted, 'dev0', T0, reader);
			expect(b.count).toBe(n);
			for (let i = n; i < n + SEGMENT_SIZE + 4; i++) {
				a.append(event('dev0', i, { item: `deck/card-${(i * 7) % 300}` }));
				b.append(event('dev0', i, { item: `deck/card-${(i * 7) % 300}` }));
			}
			expect(contents(adopted)).toEqual(contents(scanned));
			// The series is this tab's now: the reader no longer returns its events.
			expect(reader.read(T0).events).toEqual([]);
			expect(reader.position().dev0).toBe(n);
		}
	});
	it('merges two writers (tabs) without losing or duplicating', () => {
		const kv = new MemoryKV();
		const a = new LogStore(kv, 'dev0');
		const b = new LogStore(kv, 'dev1');
		a.read(T0);
		b.read(T0);
		a.append(event('dev0', 0));
		b.append(event('dev1', 0));
		a.append(event('dev0', 1));
		expect(b.read(T0).events.map((e) => e.id)).toEqual(['dev0.0', 'dev0.1']);
		expect(b.read(T0).events).toEqual([]);
		expect(a.read(T0).events.map((e) => e.id)).toEqual(['dev1.0']);
	});

	it('keeps an answer in memory when storage is full and saves it when space returns', () => {
		const kv = new MemoryKV();
		const log = new LogStore(kv, 'dev0');
		log.read(T0);
		log.append(event('dev0', 0));
		const saved = kv.getItem(segmentKey('dev0', 0));
		kv.quota = 10;
		const r = log.append(event('dev0', 1));
		expect(r).toMatchObject({ ok: false, reason: 'quota' });
		expect(log.unsaved).toBe(true);
		expect(kv.getItem(segmentKey('dev0', 0))).toBe(saved); // nothing saved is damaged
		kv.quota = Infinity;
		expect(log.flush().ok).toBe(true);
		expect(new LogStore(kv, 'x').read(T0).events).toHaveLength(2);
	});

	it('quarantines a corrupt segment and still loads the others', () => {
		const kv = new MemoryKV();
		const a = new LogStore(kv, 'dev0');
		a.read(T0);
		a.append(event('dev0', 0));
		kv.setItem(segmentKey('bad1', 0), '1,r9,=x/y');
		const { events, problems } = new LogStore(kv, 'dev2').read(T0 + 5);
		expect(events).toHaveLength(1);
		expect(problems[0].reason).toMatch(/bad rating/);
		expect(kv.getItem(segmentKey('bad1', 0))).toBeNull();
		expect(kv.getItem(quarantineKey(segmentKey('bad1', 0)))).toBe('1,r9,=x/y');
		expect(listQuarantine(kv)).toHaveLength(1);
	});
});

describe('meta, settings, cache', () => {
	it('creates a device id once and detects data from a newer version', () => {
		const kv = new MemoryKV();
		const first = openMeta(kv);
		expect(openMeta(kv)).toEqual(first);
		kv.setItem(KEYS.meta, JSON.stringify({ v: 99, device: 'abcdef' }));
		expect(openMeta(kv)).toEqual({ mode: 'newer', device: 'abcdef', version: 99 });
	});

	it('repairs settings field by field', () => {
		const kv = new MemoryKV();
		expect(loadSettings(kv).settings).toEqual(DEFAULT_SETTINGS);
		saveSettings(kv, { ...DEFAULT_SETTINGS, newPerDay: 7 });
		kv.setItem(
			KEYS.settings,
			kv.getItem(KEYS.settings)!.replace('"retention":0.9', '"retention":5')
		);
		const { settings, repaired } = loadSettings(kv);
		expect(repaired).toBe(true);
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 7 });
		kv.setItem(KEYS.settings, '{not json');
		expect(loadSettings(kv).settings).toEqual(DEFAULT_SETTINGS);
	});

	it('round-trips the progress cache and rejects a corrupt one', () => {
		const kv = new MemoryKV();
		const cache = {
			deckRevision: 3,
			schedulerKey: '0.9|4',
			position: { dev0: 12 },
			states: PackedStates.from([
				{
					state: {
						due: T0,
						stability: 2.3,
						difficulty: 5.1,
						scheduledDays: 2,
						learningSteps: 0,
						reps: 3,
						lapses: 0,
						state: 2 as const,
						lastReview: T0 - 1
					},
					suspended: false,
					flagged: true,
					note: 'typo',
					firstReview: T0 - 99
				},
				{ state: undefined, suspended: true, flagged: false }
			])
		};
		saveProgressCache(kv, 'd', cache);
		const back = loadProgressCache(kv, 'd')!;
		expect({ ...back, states: undefined }).toEqual({ ...cache, states: undefined });
		expect(back.states.decoded()).toEqual(cache.states.decoded());
		kv.setItem(cacheKey('d'), '{"v":1');
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
	});
});

describe('progress cache layout', () => {
	const EPOCH = Date.UTC(2020, 0, 1);
	it('ignores a cache whose parts do not match, or of an older layout', () => {
		const kv = new MemoryKV();
		const head = { v: 3, deckRevision: 1, schedulerKey: 'k', position: {}, notes: {} };
		const put = (x: object, rows: string) =>
			kv.setItem(cacheKey('d'), `${JSON.stringify({ ...head, ...x })}\n${rows}`);
		const row = '2.5,5,3,0,4,1,99';
		// Due 7.25 s after 2020 began, state 2 (review), never a first review.
		put({ cols: [7, 250, 3, 0, -1] }, row);
		expect(loadProgressCache(kv, 'd')?.states.progress(0)).toMatchObject({
			state: { due: EPOCH + 7250, state: 2, stability: 2.5, lastReview: 99 },
			firstReview: undefined
		});
		put({ cols: [7, 250, 3, 0, -1, 0] }, row); // not five numbers per item
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
		put({ cols: [7, 250, 3, 0, -1, 0, -1, 0, 0, -1] }, row); // one row for two items
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
		put({ cols: [7, 250, 6, 0, -1] }, row); // state 5 does not exist
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
		put({ cols: [7, 1000, 3, 0, -1] }, row); // milliseconds past 999
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
		put({ cols: [7, 250, '3', 0, -1] }, row);
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
		put({ v: 2, cols: [7, 3, -1] }, row); // the v2 layout: epoch milliseconds
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
		put({ v: 1, items: {} }, '');
		expect(loadProgressCache(kv, 'd')).toBeUndefined();
		put({ cols: [] }, '');
		expect(loadProgressCache(kv, 'd')?.states.size).toBe(0);
		// A bad row is found only when that item is decoded: it reads as "replay this item".
		put({ cols: [7, 250, 3, 0, -1] }, '2.5,x,3,0,4,1,99');
		expect(loadProgressCache(kv, 'd')?.states.progress(0)).toBeUndefined();
	});

	it('keeps times exact to the millisecond, before 2020 too, in small integers', () => {
		const kv = new MemoryKV();
		const times = [EPOCH, EPOCH + 1, EPOCH - 1, EPOCH - 1500, Date.UTC(2026, 10, 24, 4, 5, 6, 789)];
		const states = PackedStates.from(
			times.map((t) => ({
				state: {
					due: t + 86_400_000,
					stability: 1,
					difficulty: 5,
					scheduledDays: 1,
					learningSteps: 0,
					reps: 1,
					lapses: 0,
					state: 2 as const,
					lastReview: t
				},
				suspended: false,
				flagged: false,
				firstReview: t
			}))
		);
		saveProgressCache(kv, 'd', { deckRevision: 1, schedulerKey: 'k', position: {}, states });
		const raw = kv.getItem(cacheKey('d'))!;
		const head = JSON.parse(raw.slice(0, raw.indexOf('\n'))) as { cols: number[] };
		expect(head.cols.every((n) => Math.abs(n) < 2 ** 30)).toBe(true);
		expect(loadProgressCache(kv, 'd')!.states.decoded()).toEqual(states.decoded());
	});
});
