import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDeckFile } from '../deck/build.ts';
import { DeckProgress, Scheduler } from '../srs/index.ts';
import {
	loadProgressCache,
	loadSettings,
	loadSummaries,
	LogStore,
	MemoryKV,
	migrate,
	openMeta,
	STORAGE_VERSION
} from './index.ts';

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

describe('stored data, version 1 fixture', () => {
	it('opens without migration, problems or repairs', () => {
		const kv = v1Storage();
		expect(openMeta(kv)).toMatchObject({ mode: 'ok' });
		expect(STORAGE_VERSION).toBe(1);
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
		const cache = loadProgressCache(kv, 'bkp-cement-leakage')!;
		expect(cache.schedulerKey).toMatch(/^0\.9\|4\|true\|/);
		const p = new DeckProgress(
			r.deck,
			new Scheduler({ retention: 0.9, dayStartHour: 4, fuzz: true })
		);
		p.load(new LogStore(kv, 'reader0').read(Date.now()).events);
		for (const [key, cached] of Object.entries(cache.snapshot))
			expect(p.progress(key), key).toEqual(cached);
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
