import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheKey, KEYS } from './keys.ts';
import { loadDeckFile } from '../deck/build.ts';
import { DeckProgress, Scheduler, type ItemProgress } from '../srs/index.ts';
import { LogStore } from '../../../tests/unit/log-store.ts';
import { MemoryKV } from './kv.ts';
import { openMeta, STORAGE_VERSION } from './meta.ts';
import { migrate } from './migrations.ts';
import { loadProgressCache } from './progress-cache.ts';
import { loadSettings } from './settings.ts';
import { loadSummaries } from './summary-store.ts';

/** localStorage as the v1 app really wrote it (a scripted session in Chromium). */
function v1Storage(): MemoryKV {
	const kv = new MemoryKV();
	const dump = JSON.parse(readFileSync('tests/fixtures/storage/v1.json', 'utf8')) as Record<
		string,
		string
	>;
	for (const [k, v] of Object.entries(dump)) kv.setItem(k, v);
	return kv;
}

/** The v1 state cache: `items` maps a key to [9 FSRS fields or nulls, flags, first, note]. */
function v1Cache(text: string): { schedulerKey: string; snapshot: Map<string, ItemProgress> } {
	const c = JSON.parse(text) as { schedulerKey: string; items: Record<string, unknown[]> };
	const snapshot = new Map<string, ItemProgress>();
	for (const [key, r] of Object.entries(c.items)) {
		const n = r as number[];
		const p: ItemProgress = {
			state:
				r[0] === null
					? undefined
					: {
							due: n[0],
							stability: n[1],
							difficulty: n[2],
							scheduledDays: n[3],
							learningSteps: n[4],
							reps: n[5],
							lapses: n[6],
							state: n[7] as 0,
							lastReview: n[8]
						},
			suspended: (n[9] & 1) > 0,
			flagged: (n[9] & 2) > 0
		};
		if (typeof r[10] === 'number') p.firstReview = r[10];
		if (typeof r[11] === 'string') p.note = r[11];
		snapshot.set(key, p);
	}
	return { schedulerKey: c.schedulerKey, snapshot };
}

describe('stored data, version 1 fixture', () => {
	it('opens, migrating to version 2 without rewriting any data, with no problems or repairs', () => {
		const kv = v1Storage();
		const before = v1Storage();
		expect(STORAGE_VERSION).toBe(2);
		expect(openMeta(kv)).toMatchObject({ mode: 'ok', device: 'wo8hyk' });
		expect(JSON.parse(kv.getItem(KEYS.meta)!)).toEqual({ v: 2, device: 'wo8hyk' });
		expect(kv.length).toBe(before.length);
		for (let i = 0; i < before.length; i++) {
			const k = before.key(i)!;
			if (k !== KEYS.meta) expect(kv.getItem(k), k).toBe(before.getItem(k));
		}
		const { events, problems } = new LogStore(kv, 'reader0').read(Date.now());
		expect(problems).toEqual([]);
		expect(events.map((e) => e.kind)).toEqual(
			expect.arrayContaining(['review', 'undo', 'flag', 'suspend'])
		);
		expect(loadSettings(kv).repaired).toBe(false);
		expect(Object.keys(loadSummaries(kv))).toEqual(['bkp-cement-leakage']);
	});

	it('replays to exactly the states the app cached (fuzz included)', () => {
		const kv = v1Storage();
		const r = loadDeckFile('decks/bkp-cement-leakage.yaml');
		if (!r.ok) throw new Error('deck');
		// v1's cache (keyed rows) is no longer read by the app (it replays instead), but its
		// states are what the v1 app computed, so the log must still replay to them.
		const cache = v1Cache(kv.getItem(cacheKey('bkp-cement-leakage'))!);
		expect(cache.schedulerKey).toMatch(/^0\.9\|4\|true\|/);
		expect(loadProgressCache(kv, 'bkp-cement-leakage')).toBeUndefined();
		const p = new DeckProgress(
			r.deck,
			new Scheduler({ retention: 0.9, dayStartHour: 4, fuzz: true })
		);
		p.load(new LogStore(kv, 'reader0').read(Date.now()).events);
		expect(cache.snapshot.size).toBeGreaterThan(5);
		// Cards removed from the deck since the fixture was made just lose their progress
		// (decks/README.md); every item still in the deck must replay to the cached state.
		const inDeck = new Set(p.keys());
		for (const [key, cached] of cache.snapshot)
			if (inDeck.has(key)) expect(p.progress(key), key).toEqual(cached);
	});

	it('runs migrations in order and stops where none is defined', () => {
		const kv = new MemoryKV();
		const seen: number[] = [];
		const list = [1, 2].map((from) => ({ from, migrate: () => void seen.push(from) }));
		expect(migrate(kv, 1, 3, list)).toBe(3);
		expect(seen).toEqual([1, 2]);
		expect(migrate(kv, 1, 5, list)).toBe(3);
	});
});
