import { describe, expect, it } from 'vitest';
import { MIN, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import { MemoryKV, type KV } from '../storage/index.ts';
import { localOffset, studyDayStart } from '../srs/index.ts';
import { dayTotals } from '../stats/index.ts';
import { env } from '../../../tests/unit/session-env.ts';
import { StudyCore } from './index.ts';

/** Today's totals as the summary screen works them out from the core's answers. */
const totals = (core: StudyCore, now: number) =>
	dayTotals(core.todayAnswers, studyDayStart(now, localOffset(now), 4), 4);

async function open(kv: KV, now: number, writer = 'dev0') {
	const core = await StudyCore.open(env(kv, writer), testDeck(), {
		now,
		later: (fn) => fn(),
		pause: async () => {}
	});
	await core.logReady;
	return core;
}

describe("today's totals", () => {
	it('add up across a reload and a second session, undos excluded, from the cache and the log', async () => {
		const kv = new MemoryKV();
		const first = await open(kv, T0);
		first.record('test/a', 'study', { kind: 'review', rating: 3, t: T0, ms: 4000 });
		const wrong = first.record('test/b', 'study', { kind: 'review', rating: 1, t: T0, ms: 90_000 });
		first.saveCache(); // the cache now holds both answers up to its position
		first.record('test/b', 'study', { kind: 'undo', target: wrong.id, t: T0 + MIN });
		first.record('test/b', 'study', { kind: 'review', rating: 4, t: T0 + MIN, ms: 2000 });
		expect(totals(first, T0 + MIN)).toMatchObject({ reviews: 2, correct: 2, ms: 6000 });

		// A reload: the cache's answers plus the log after its position.
		const again = await open(kv, T0 + 2 * MIN);
		expect(totals(again, T0 + 2 * MIN)).toMatchObject({ reviews: 2, correct: 2, ms: 6000 });
		// Another tab's session the same day adds to them.
		const other = await open(kv, T0 + 3 * MIN, 'dev1');
		other.record('test/cz::c1', 'study', { kind: 'review', rating: 1, t: T0 + 3 * MIN, ms: 1000 });
		expect(again.readOthers(T0 + 4 * MIN)).toBe(1);
		expect(totals(again, T0 + 4 * MIN)).toMatchObject({ reviews: 3, correct: 2, ms: 7000 });
		// The next study day starts from zero.
		expect(totals(again, T0 + 24 * 60 * MIN).reviews).toBe(0);
	});
});
