import { describe, expect, it } from 'vitest';
import { MIN, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import { cacheKey, DEFAULT_SETTINGS, loadSummaries, MemoryKV, type KV } from '../storage/index.ts';
import { localOffset, nextStudyDay } from '../srs/day.ts';
import { homeCounts } from '../stats/summary.ts';
import { env } from '../../../tests/unit/session-env.ts';
import { StudyCore } from './index.ts';

async function open(kv: KV, now: number, writer = 'dev0') {
	const idle: (() => void)[] = [];
	const core = await StudyCore.open(env(kv, writer), testDeck(), {
		now,
		later: (fn) => idle.push(fn),
		pause: async () => {}
	});
	await core.logReady;
	const settle = () => {
		while (idle.length) idle.shift()!();
	};
	return { core, settle, idle };
}

describe('StudyCore', () => {
	it('answers leave the queue without a rebuild and reopen the same from the cache', async () => {
		const kv = new MemoryKV();
		const a = await open(kv, T0);
		const first = a.core.queue.keys[0];
		a.core.record(first, 'study', { kind: 'review', rating: 3, t: T0 + MIN });
		expect(a.core.queue.keys).not.toContain(first);
		expect(a.core.queue.counts.learning).toBe(1);
		a.settle(); // idle: home's counts and the cache
		expect(loadSummaries(kv)['test']).toBeDefined();
		const b = await open(kv, T0 + 2 * MIN);
		expect(b.core.progress.progress(first)).toEqual(a.core.progress.progress(first));
		expect(b.core.queue.keys).toEqual((a.core.rebuildQueue(T0 + 2 * MIN), a.core.queue.keys));
	});

	it('leaves home counts, key indexes and the cache save to idle time', async () => {
		const kv = new MemoryKV();
		const { core, idle } = await open(kv, T0);
		// Indexes, home's counts and the cache save: one short idle task each.
		expect(idle).toHaveLength(4);
		expect(kv.getItem(cacheKey('test'))).toBeNull();
		core.record(core.queue.keys[0], 'study', { kind: 'review', rating: 3, t: T0 });
		expect(loadSummaries(kv)['test']).toBeUndefined(); // not on the answer's path
		core.flushSummary(T0); // the page is hidden: save now
		expect(loadSummaries(kv)['test']).toBeDefined();
	});

	it('picks up answers another tab wrote', async () => {
		const kv = new MemoryKV();
		const mine = await open(kv, T0, 'dev0');
		const other = await open(kv, T0, 'dev1');
		const key = other.core.queue.keys[0];
		other.core.record(key, 'study', { kind: 'review', rating: 4, t: T0 + MIN });
		expect(mine.core.readOthers(T0 + 2 * MIN)).toBe(1);
		expect(mine.core.progress.progress(key)).toEqual(other.core.progress.progress(key));
		expect(mine.core.readOthers(T0 + 3 * MIN)).toBe(0);
	});

	it('counts after each answer equal a rebuilt queue, also just before the day starts', async () => {
		const dayEnd = nextStudyDay(T0, localOffset(T0), DEFAULT_SETTINGS.dayStartHour);
		for (const start of [T0, dayEnd - 5 * MIN]) {
			const { core } = await open(new MemoryKV(), start);
			const answered: number[] = [];
			for (const [i, rating] of ([3, 1, 2, 4] as const).entries()) {
				const t = start + i * 1000;
				core.record(core.queue.keys[0], 'study', { kind: 'review', rating, t });
				const kept = core.queue.counts;
				core.rebuildQueue(t);
				expect(kept, `rating ${rating} at ${new Date(t).toISOString()}`).toEqual(core.queue.counts);
				answered.push(core.queue.counts.learning);
			}
			// 5 minutes before the day starts, a 10-minute step (Good) is tomorrow's; Again's 1 minute is today's.
			if (start !== T0) expect(answered).toEqual([0, 1, 1, 1]);
			else expect(answered).toEqual([1, 2, 3, 3]);
		}
	});

	it("home's new count is what the queue offers: a cloze card's other gap waits", async () => {
		const kv = new MemoryKV();
		const { core } = await open(kv, T0);
		for (const key of ['test/a', 'test/b', 'test/cz::c1'])
			core.record(key, 'study', { kind: 'review', rating: 4, t: T0 });
		core.flushSummary(T0);
		expect(core.queue.keys).toEqual(['test/case::s1', 'test/case::s2', 'test/case::s3']);
		expect(homeCounts(loadSummaries(kv)['test'], T0).new).toBe(3); // not cz::c2
	});

	it('the summary gives each topic its due, new, total and seen items for the deck page', async () => {
		const kv = new MemoryKV();
		const { core } = await open(kv, T0);
		core.record('test/a', 'study', { kind: 'review', rating: 1, t: T0 }); // t1, learning
		core.record('test/b', 'study', { kind: 'review', rating: 4, t: T0 }); // t2, review in days
		core.flushSummary(T0 + 2 * MIN);
		const { topics } = loadSummaries(kv)['test'];
		// t1: a (learning, due in 1 minute), cz::c1 (its sibling c2 waits), 3 vignette steps.
		expect(topics?.t1).toEqual({ due: 1, new: 4, total: 6, seen: 1 });
		expect(topics?.t2).toEqual({ due: 0, new: 0, total: 1, seen: 1 });
	});
});
