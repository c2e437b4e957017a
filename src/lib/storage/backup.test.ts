import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYS, PREFIX } from './keys.ts';
import { ev, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import { DeckProgress, Scheduler } from '../srs/index.ts';
import { exportBackup, importBackup } from './backup.ts';
import { LogStore } from '../../../tests/unit/log-store.ts';
import { keysWithPrefix, MemoryKV } from './kv.ts';
import { SEGMENT_SIZE } from './log-codec.ts';
import { DEFAULT_SETTINGS, saveSettings } from './settings.ts';

const items = ['test/a', 'test/b', 'test/cz::c1', 'test/case::s1'];

/** A storage with `n` reviews written by writer `w`. */
function seeded(n: number, w = 'dev0', kv = new MemoryKV(), offset = 0) {
	const log = new LogStore(kv, w);
	log.read(T0);
	for (let i = 0; i < n; i++)
		log.append({
			...ev({
				item: items[i % items.length],
				t: T0 + offset + i * 60_000,
				rating: ((i % 4) + 1) as 1
			}),
			id: log.nextId()
		});
	return kv;
}

const states = (kv: MemoryKV) => {
	const p = new DeckProgress(
		testDeck(),
		new Scheduler({ retention: 0.9, fuzz: false, dayStartHour: 4 })
	);
	p.load(new LogStore(kv, 'reader').read(T0).events);
	return p.snapshot();
};

const clear = (kv: MemoryKV) => {
	for (const k of keysWithPrefix(kv, PREFIX)) kv.removeItem(k);
};

describe('backup', () => {
	it('export → clear → import gives an identical state', () => {
		const kv = seeded(SEGMENT_SIZE + 30);
		saveSettings(kv, { ...DEFAULT_SETTINGS, newPerDay: 5 });
		const before = states(kv);
		const file = JSON.stringify(exportBackup(kv, T0));
		clear(kv);
		const r = importBackup(kv, file);
		expect(r).toMatchObject({ ok: true, added: SEGMENT_SIZE + 30, skipped: 0 });
		expect(states(kv)).toEqual(before);
		expect(JSON.parse(kv.getItem(KEYS.settings)!).newPerDay).toBe(5);
	});

	it('importing twice, or into the same data, duplicates nothing', () => {
		const kv = seeded(50);
		const file = JSON.stringify(exportBackup(kv, T0));
		expect(importBackup(kv, file)).toMatchObject({ ok: true, added: 0, skipped: 50 });
		seeded(10, 'dev0', kv); // more answers after the backup
		expect(importBackup(kv, file)).toMatchObject({ ok: true, added: 0 });
		expect(new LogStore(kv, 'r').read(T0).events).toHaveLength(60);
	});

	it('merges another device and keeps a conflicting history under a new writer id', () => {
		const other = seeded(20, 'phone1');
		const kv = seeded(30, 'dev0');
		seeded(5, 'phone1', kv, 7); // same writer id, different events
		const r = importBackup(kv, JSON.stringify(exportBackup(other, T0)), () => 0.5);
		expect(r).toMatchObject({ ok: true, added: 20, renamed: ['phone1'] });
		const all = new LogStore(kv, 'r').read(T0).events;
		expect(all).toHaveLength(55);
		expect(new Set(all.map((e) => e.id)).size).toBe(55);
	});

	it('rejects bad files with a clear message and leaves storage untouched', () => {
		const kv = seeded(3);
		const snapshot = JSON.stringify(exportBackup(kv, T0));
		const bad = JSON.parse(snapshot);
		bad.log.dev0[0] = bad.log.dev0[0].replace('r1', 'r9');
		expect(importBackup(kv, JSON.stringify(bad))).toEqual({
			ok: false,
			error: expect.stringMatching(/^Not a valid backup: log dev0 segment 0: line 1: bad rating/)
		});
		expect(importBackup(kv, '{"app":"other"}')).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not a CaseDeck backup/)
		});
		expect(importBackup(kv, 'nope')).toMatchObject({ ok: false });
		expect(importBackup(kv, JSON.stringify({ ...JSON.parse(snapshot), version: 9 }))).toMatchObject(
			{
				ok: false,
				error: expect.stringMatching(/newer CaseDeck/)
			}
		);
		expect(JSON.stringify(exportBackup(kv, T0))).toBe(snapshot);
	});

	it('never throws on random or mutated backup files (10,000 cases)', () => {
		const good = JSON.stringify(exportBackup(seeded(4), T0));
		fc.assert(
			fc.property(fc.string(), fc.nat(good.length), fc.nat(30), (junk, at, cut) => {
				const kv = seeded(2);
				const r = importBackup(kv, good.slice(0, at) + junk + good.slice(at + cut));
				expect(typeof r.ok).toBe('boolean');
			}),
			{ numRuns: 10_000 }
		);
	}, 120_000);
});
