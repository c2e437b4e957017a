import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, ev, MIN, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import {
	DeckProgress,
	dueQueue,
	PackedStates,
	Scheduler,
	dayShift,
	formatInterval,
	progressCacheKey,
	studyDayStart
} from './index.ts';

const scheduler = () => new Scheduler({ retention: 0.9, fuzz: false, dayStartHour: 4 });

describe('Scheduler', () => {
	it('previews FSRS-6 defaults for a new item: 1m / 6m / 10m / 8d', () => {
		const o = scheduler().preview(undefined, T0, 0);
		expect([o[1].interval, o[2].interval, o[3].interval, o[4].interval]).toEqual([
			'1m',
			'6m',
			'10m',
			'8d'
		]);
		expect(o[3].state.state).toBe(1);
		expect(o[4].state.state).toBe(2);
	});

	it('applies exactly the previewed outcome', () => {
		const s = scheduler();
		const first = s.next(undefined, 3, T0, 0);
		const preview = s.preview(first, T0 + 10 * MIN, 0);
		expect(s.next(first, 3, T0 + 10 * MIN, 0)).toEqual(preview[3].state);
	});

	it('clamps a review time that precedes the last review instead of throwing', () => {
		const s = scheduler();
		const first = s.next(undefined, 3, T0, 0);
		const back = s.next(first, 3, T0 - DAY, 0);
		expect(back.lastReview).toBe(T0);
		expect(back.due).toBeGreaterThanOrEqual(T0);
	});

	it('due is never before the review time, for any rating sequence and clock jitter', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(fc.constantFrom(1, 2, 3, 4), fc.integer({ min: -2 * DAY, max: 40 * DAY })),
					{
						maxLength: 25
					}
				),
				fc.integer({ min: -720, max: 840 }),
				(steps, tz) => {
					const s = scheduler();
					let state;
					let t = T0;
					for (const [r, dt] of steps) {
						t += dt;
						state = s.next(state, r as 1 | 2 | 3 | 4, t, tz);
						expect(state.due).toBeGreaterThanOrEqual(state.lastReview);
						expect(Number.isFinite(state.stability)).toBe(true);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('formats intervals', () => {
		expect(formatInterval(30_000)).toBe('<1m');
		expect(formatInterval(90 * MIN)).toBe('2h');
		expect(formatInterval(45 * DAY)).toBe('1.5mo');
		expect(formatInterval(730 * DAY)).toBe('2y');
	});
});

describe('day boundary', () => {
	it('starts the study day at the local boundary hour', () => {
		// Tokyo (+540): 2026-01-05 03:00 local is still the study day of Jan 4 with a 04:00 boundary.
		const at = Date.UTC(2026, 0, 4, 18, 0); // 03:00 local on Jan 5
		expect(new Date(studyDayStart(at, 540, 4)).toISOString()).toBe('2026-01-03T19:00:00.000Z');
		expect(dayShift(0, 4)).toBe(-4 * 3_600_000);
	});

	it('a 1-day review falls due at the next study day, whatever the time zone', () => {
		for (const tz of [-300, 0, 540]) {
			const s = new Scheduler({ retention: 0.9, fuzz: false, dayStartHour: 4 });
			const st = s.next(s.next(undefined, 3, T0, tz), 3, T0 + 10 * MIN, tz);
			expect(st.scheduledDays).toBeGreaterThanOrEqual(1);
			const dueDay = studyDayStart(st.due, tz, 4);
			expect(dueDay).toBe(studyDayStart(T0, tz, 4) + st.scheduledDays * DAY);
		}
	});
});

describe('DeckProgress and queue', () => {
	const deck = testDeck();
	const opts = { now: T0, tz: 0, dayStartHour: 4, newPerDay: 20 };

	it('queues new items in deck order, one per card a day, with vignette steps together', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([]);
		expect(p.queue(opts).keys).toEqual([
			'test/a',
			'test/b',
			'test/cz::c1',
			'test/case::s1',
			'test/case::s2',
			'test/case::s3'
		]);
	});

	it('a practice answer never changes the schedule', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([ev({ item: 'test/a', t: T0, rating: 4 })]);
		const before = p.progress('test/a').state;
		p.add([ev({ item: 'test/a', t: T0 + MIN, rating: 1, origin: 'practice' })]);
		expect(p.progress('test/a').state).toEqual(before);
		p.add([ev({ item: 'test/b', t: T0, rating: 1, origin: 'practice' })]);
		expect(p.progress('test/b').state).toBeUndefined(); // still new
	});

	it("a cloze card's other gaps wait for the next study day, and come one a day", () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([]);
		p.add([ev({ item: 'test/cz::c1', t: T0, rating: 4 })]);
		expect(p.queue(opts).keys).not.toContain('test/cz::c2');
		expect(p.queue(opts).counts.new).toBe(5); // a, b and the three case steps
		// Answered yesterday (study days start at 04:00): today c2 is offered.
		const tomorrow = { ...opts, now: T0 + DAY };
		expect(p.queue(tomorrow).keys).toContain('test/cz::c2');
		// Undoing the answer gives the card's first gap back the same day.
		const q = new DeckProgress(deck, scheduler());
		const answer = ev({ item: 'test/cz::c1', t: T0, rating: 3 });
		q.load([answer]);
		q.add([ev({ item: 'test/cz::c1', t: T0 + 1, kind: 'undo', target: answer.id })]);
		expect(q.queue(opts).keys).toContain('test/cz::c1');
		expect(q.queue(opts).keys).not.toContain('test/cz::c2');
	});

	it('a waiting sibling takes no place in the daily new limit', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([]);
		expect(p.queue({ ...opts, newPerDay: 4 }).keys).toEqual([
			'test/a',
			'test/b',
			'test/cz::c1',
			'test/case::s1',
			'test/case::s2',
			'test/case::s3'
		]);
	});

	it('respects the daily new limit but finishes an introduced vignette', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([ev({ item: 'test/a', t: T0 - MIN })]);
		const q = p.queue({ ...opts, newPerDay: 2 });
		expect(q.keys).toEqual(['test/b']);
		const q2 = p.queue({ ...opts, newPerDay: 5 });
		expect(q2.keys.slice(-3)).toEqual(['test/case::s1', 'test/case::s2', 'test/case::s3']);
	});

	it('resumes a started vignette first', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([ev({ item: 'test/case::s1', t: T0 - MIN, rating: 4 })]);
		expect(p.queue(opts).keys.slice(0, 2)).toEqual(['test/case::s2', 'test/case::s3']);
	});

	it('filters by topic', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([]);
		expect(p.queue({ ...opts, topic: 't2' }).keys).toEqual(['test/b']);
	});

	it('shows a learning step due soon when nothing else is due', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([]);
		p.add([ev({ item: 'test/a', t: T0, rating: 1 })]);
		const q = p.queue({ ...opts, newPerDay: 1 });
		expect(q.keys).toEqual(['test/a']);
		expect(q.counts.learning).toBe(1);
	});

	it('undo cancels an answer and a correction replaces its rating', () => {
		const s = scheduler();
		const p = new DeckProgress(deck, s);
		p.load([]);
		const r = ev({ item: 'test/a', t: T0, rating: 3 });
		p.add([r]);
		expect(p.progress('test/a').state?.state).toBe(1);
		p.add([ev({ item: 'test/a', t: T0 + 1, kind: 'correction', rating: 4, target: r.id })]);
		expect(p.progress('test/a').state).toEqual(s.next(undefined, 4, T0, 0));
		p.add([ev({ item: 'test/a', t: T0 + 2, kind: 'undo', target: r.id })]);
		expect(p.progress('test/a').state).toBeUndefined();
	});

	it('a revision bump makes the item new again; suspend hides it', () => {
		const d = testDeck();
		d.items[0] = { ...d.items[0], revision: 2 };
		const p = new DeckProgress(d, scheduler());
		p.load([
			ev({ item: 'test/a', t: T0 - DAY }),
			ev({ item: 'test/b', t: T0 - DAY, kind: 'suspend' })
		]);
		expect(p.progress('test/a').state).toBeUndefined();
		expect(p.queue(opts).keys).not.toContain('test/b');
	});

	it('adding the same event twice (another tab) is idempotent', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([]);
		const e = ev({ item: 'test/a', t: T0 });
		p.add([e]);
		const before = p.progress('test/a');
		expect(p.add([e])).toEqual([]);
		expect(p.progress('test/a')).toEqual(before);
	});

	it('a cached base plus the events after it equals a full replay', () => {
		const s = scheduler();
		const early = [ev({ item: 'test/a', t: T0 }), ev({ item: 'test/b', t: T0, kind: 'suspend' })];
		const late = [
			ev({ item: 'test/a', t: T0 + 20 * MIN, rating: 4 }),
			ev({ item: 'test/cz::c1', t: T0 + 21 * MIN })
		];
		const full = new DeckProgress(deck, s);
		full.load([...early, ...late]);
		const cached = new DeckProgress(deck, s);
		cached.load(early);
		const resumed = new DeckProgress(deck, s);
		resumed.load(late, cached.packed());
		for (const key of full.keys()) expect(resumed.progress(key), key).toEqual(full.progress(key));
	});

	it('packed states give the same queue, counts inputs and next due as a full replay', () => {
		const s = scheduler();
		const events = [
			ev({ item: 'test/a', t: T0, rating: 4 }),
			ev({ item: 'test/b', t: T0 + MIN, rating: 1 }),
			ev({ item: 'test/case::s1', t: T0 + 2 * MIN }),
			ev({ item: 'test/cz::c2', t: T0 + 3 * MIN, kind: 'suspend' }),
			ev({ item: 'test/cz::c1', t: T0 + 4 * MIN, kind: 'flag', note: 'typo, really' })
		];
		const full = new DeckProgress(deck, s);
		full.load(events);
		const resumed = new DeckProgress(deck, s);
		resumed.load([], full.packed());
		for (const now of [T0 + 5 * MIN, T0 + 20 * MIN, T0 + 3 * DAY, T0 + 30 * DAY]) {
			const opts = { now, tz: 0, dayStartHour: 4, newPerDay: 1 };
			expect(resumed.queue(opts)).toEqual(full.queue(opts));
		}
		expect([...resumed.summaryInputs()]).toEqual([...full.summaryInputs()]);
		expect(resumed.nextDue()).toBe(full.nextDue());
		expect(resumed.nextDue('t2')).toBe(full.progress('test/b').state!.due);
		expect(resumed.snapshot()).toEqual(full.snapshot());
		expect(resumed.progress('test/cz::c1').note).toBe('typo, really');
	});

	it('an unreadable cached row replays that item from the full log', () => {
		const s = scheduler();
		const events = [ev({ item: 'test/a', t: T0 }), ev({ item: 'test/b', t: T0, rating: 4 })];
		const full = new DeckProgress(deck, s);
		full.load(events);
		const good = full.packed();
		const rows = Array.from({ length: good.size }, (_, i) => good.row(i));
		rows[0] = 'not,a,row';
		const broken = new PackedStates(good.cols, rows, good.notes);
		let fetched = 0;
		const resumed = new DeckProgress(deck, s, () => (fetched++, events));
		resumed.load([], broken);
		expect(resumed.progress('test/a')).toEqual(full.progress('test/a'));
		expect(resumed.progress('test/b')).toEqual(full.progress('test/b'));
		expect(fetched).toBe(1);
	});

	it('finds items the same before and after the key index is built', () => {
		const p = new DeckProgress(deck, scheduler());
		p.load([ev({ item: 'test/b', t: T0 })]);
		const before = p.keys().map((k) => [p.item(k)?.id, p.progress(k).state?.due]);
		p.warm();
		expect(p.keys().map((k) => [p.item(k)?.id, p.progress(k).state?.due])).toEqual(before);
		expect(p.item('test/nope')).toBeUndefined();
	});

	it('an undo of an event older than the cache fetches the full history', () => {
		const s = scheduler();
		const first = ev({ item: 'test/a', t: T0, rating: 4 });
		const second = ev({ item: 'test/a', t: T0 + DAY * 9, rating: 1 });
		const cached = new DeckProgress(deck, s);
		cached.load([first, second]);
		let fetched = 0;
		const resumed = new DeckProgress(deck, s, () => (fetched++, [first, second]));
		resumed.load([], cached.packed());
		resumed.add([ev({ item: 'test/a', t: T0 + DAY * 10, kind: 'undo', target: second.id })]);
		expect(fetched).toBe(1);
		expect(resumed.progress('test/a').state).toEqual(s.next(undefined, 4, T0, 0));
	});

	it('replaying in slices gives the same states as one pass', async () => {
		const events = ['test/a', 'test/b', 'test/cz::c1', 'test/a'].map((item, i) =>
			ev({ item, t: T0 + i * MIN, rating: ((i % 4) + 1) as 1 })
		);
		const one = new DeckProgress(deck, scheduler());
		one.load(events);
		const sliced = new DeckProgress(deck, scheduler());
		let pauses = 0;
		const reported: number[] = [];
		await sliced.loadInSlices(
			events,
			undefined,
			async () => void pauses++,
			(f) => reported.push(f),
			-1
		);
		expect(sliced.snapshot()).toEqual(one.snapshot());
		expect(pauses).toBeGreaterThan(0);
		// One report per item replayed (every slice is "too long" at -1 ms), rising to 1.
		expect(reported).toEqual([1 / 3, 2 / 3, 1]);
	});

	it('a deck edit keeps the progress of items whose ids remain', () => {
		const events = [ev({ item: 'test/a', t: T0 }), ev({ item: 'test/b', t: T0 })];
		const before = new DeckProgress(deck, scheduler());
		before.load(events);
		const edited = testDeck();
		edited.items = edited.items.filter((i) => i.id !== 'b');
		edited.items.push({
			id: 'new-card',
			cardId: 'new-card',
			kind: 'basic',
			topics: ['t1'],
			revision: 1
		});
		const after = new DeckProgress(edited, scheduler());
		after.load(events);
		expect(after.progress('test/a')).toEqual(before.progress('test/a'));
		expect(after.progress('test/new-card').state).toBeUndefined();
		expect(after.keys()).not.toContain('test/b');
	});
});

describe('progressCacheKey', () => {
	it('changes with settings, item order, ids and revisions (the cache is by position)', () => {
		const st = { retention: 0.9, dayStartHour: 4, fuzz: true };
		const key = (items: ReturnType<typeof testDeck>['items']) => progressCacheKey(st, { items });
		const items = testDeck().items;
		const keys = new Set([
			key(items),
			key([...items].reverse()),
			key(items.map((i, n) => (n === 0 ? { ...i, revision: 2 } : i))),
			key(items.map((i, n) => (n === 1 ? { ...i, id: `${i.id}x` } : i))),
			key(items.slice(1)),
			progressCacheKey({ ...st, retention: 0.85 }, { items })
		]);
		expect(keys.size).toBe(6);
		expect(key(items)).toBe(key(testDeck().items));
	});
});

describe('DeckProgress.queue', () => {
	it('equals dueQueue over every item, whatever the states, limits and time', () => {
		const deck = testDeck();
		const keys = deck.items.map((i) => `test/${i.id}`);
		const event = fc.record({
			k: fc.integer({ min: 0, max: keys.length - 1 }),
			dt: fc.integer({ min: 0, max: 3 * DAY }),
			rating: fc.constantFrom(1, 2, 3, 4),
			kind: fc.constantFrom('review', 'review', 'review', 'suspend', 'unsuspend')
		});
		fc.assert(
			fc.property(
				fc.array(event, { maxLength: 30 }),
				fc.integer({ min: 0, max: 6 * DAY }),
				fc.integer({ min: 0, max: 4 }),
				fc.constantFrom(undefined, 't1', 't2'),
				(evs, at, newPerDay, topic) => {
					let t = T0;
					const log = evs.map((e) => {
						t += e.dt;
						return ev({ item: keys[e.k], t, rating: e.rating as 1, kind: e.kind as 'review' });
					});
					const p = new DeckProgress(deck, scheduler());
					p.load(log);
					const opts = { now: T0 + at, tz: 0, dayStartHour: 4, newPerDay, topic };
					const dayEnd = studyDayStart(opts.now, 0, 4) + DAY;
					const all = deck.items
						.map((item, i) => ({ key: keys[i], item, ...p.progress(keys[i]) }))
						.filter((e) => !topic || e.item.topics.includes(topic));
					const introduced = p.introducedSince(dayEnd - DAY);
					const newAllowed = newPerDay - introduced.count;
					const introducedCards = introduced.cards;
					expect(p.queue(opts)).toEqual(
						dueQueue(all, { now: opts.now, dayEnd, newAllowed, introducedCards })
					);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
