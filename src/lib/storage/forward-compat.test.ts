import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { T0, testDeck } from '../../../tests/unit/fixtures.ts';
import type { LogEvent } from '../log/index.ts';
import { DeckProgress, Scheduler } from '../srs/index.ts';
import { exportBackup, importBackup } from './backup.ts';
import { segmentKey } from './keys.ts';
import { MemoryKV } from './kv.ts';
import { LogReader, LogWriter } from './log-store.ts';
import { openMeta } from './meta.ts';

// A log as a later version may write it without raising the storage version (see
// tests/fixtures/storage/README.md): this version must keep all of it and replay what it knows.
const FIXTURE: Record<string, string> = JSON.parse(
	readFileSync('tests/fixtures/storage/v2-newer-events.json', 'utf8')
);
const SEGMENT = FIXTURE[segmentKey('fut0', 0)];

function storage(): MemoryKV {
	const kv = new MemoryKV();
	for (const [k, v] of Object.entries(FIXTURE)) kv.setItem(k, v);
	return kv;
}

const settings = { retention: 0.9, dayStartHour: 4, fuzz: false };
const countsForSchedule = (e: LogEvent) =>
	e.kind === 'review' && e.origin !== 'unknown' && e.origin !== 'practice';

describe('a log with events only a newer version knows', () => {
	it('opens without quarantine, keeping what it does not know', () => {
		const kv = storage();
		expect(openMeta(kv)).toMatchObject({ mode: 'ok' });
		const { events, problems } = new LogReader(kv).read(T0);
		expect(problems).toEqual([]);
		expect(events.map((e) => [e.kind, e.origin])).toEqual([
			['review', 'study'],
			['unknown', 'study'],
			['review', 'unknown'],
			['review', 'study'],
			['mark', 'study'],
			['note', 'study'],
			['review', 'practice'],
			['review', 'exam'],
			['unknown', 'unknown'],
			['review', 'study']
		]);
		expect(events[1].unknown).toEqual({ kind: 'q', fields: ['Xfrom-v9'] });
		expect(events[2].unknown).toEqual({ origin: 'z' });
		expect(events[3].unknown).toEqual({ fields: ['Wkeep.me'] });
		expect(events[5].note).toBe('my own note');
		expect(events[7].answeredAt).toBe(events[7].t - 12_000);
		expect(events[8]).toMatchObject({
			item: 'test/case::s1',
			unknown: { kind: 'Z7', origin: 'z', fields: ['Yx', 'Yy'] }
		});
		// The unknown line spelled an item: the next line's `#3` still finds it.
		expect(events[9].item).toBe('test/case::s1');
	});

	it('replays only what schedules: no unknown kind or origin, practice, mark or note', () => {
		const { events } = new LogReader(storage()).read(T0);
		const deck = testDeck();
		const all = new DeckProgress(deck, new Scheduler(settings));
		all.load(events);
		const known = new DeckProgress(deck, new Scheduler(settings));
		known.load(events.filter(countsForSchedule));
		for (const item of deck.items) {
			const key = `test/${item.id}`;
			expect(all.progress(key), key).toEqual(known.progress(key));
		}
		expect(all.progress('test/a').state?.reps).toBe(1); // the practice review did not count
	});

	it('studies: a new review is appended and every line it did not know is written back unchanged', () => {
		const kv = storage();
		const reader = new LogReader(kv);
		reader.read(T0);
		const writer = new LogWriter(kv, 'fut0', T0, reader);
		const t = T0 + 20 * 60_000;
		const r = writer.append({
			id: writer.nextId(),
			item: 'test/b',
			kind: 'review',
			origin: 'study',
			t,
			tz: 0,
			rev: 1,
			rating: 3
		});
		expect(r.ok).toBe(true);
		const text = kv.getItem(segmentKey('fut0', 0))!;
		expect(text.startsWith(SEGMENT + '\n')).toBe(true);
		const { events, problems } = new LogReader(kv).read(T0);
		expect(problems).toEqual([]);
		expect(events).toHaveLength(11);
		expect(events[10]).toMatchObject({ id: 'fut0.10', item: 'test/b', t });
	});

	it('round-trips through a backup unchanged', () => {
		const backup = exportBackup(storage(), T0);
		expect(backup.log.fut0).toEqual([SEGMENT]);
		const fresh = new MemoryKV();
		const text = JSON.stringify(backup);
		expect(importBackup(fresh, text)).toMatchObject({ ok: true, added: 10, renamed: [] });
		expect(fresh.getItem(segmentKey('fut0', 0))).toBe(SEGMENT);
		expect(importBackup(fresh, text)).toMatchObject({ ok: true, added: 0, skipped: 10 });
		expect(JSON.stringify(exportBackup(fresh, T0).log)).toBe(JSON.stringify(backup.log));
	});
});
