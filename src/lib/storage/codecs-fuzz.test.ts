import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYS, cacheKey, summaryKey } from './keys.ts';
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
