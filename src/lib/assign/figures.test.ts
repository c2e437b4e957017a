import { describe, expect, it } from 'vitest';
import { TYPICAL } from '../../../tests/unit/assign-fixtures.ts';
import { DAY, ev, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import type { LogEvent } from '../log/index.ts';
import { Scheduler } from '../srs/index.ts';
import type { Assignment } from './assignment.ts';
import { assignmentItems, computeFigures, type FigureInput } from './figures.ts';

const deck = testDeck();
const assignment: Assignment = {
	...TYPICAL,
	deck: { id: 'test', revision: 1 },
	topics: ['t1', 't2'],
	done: {}
};
const settings = { retention: 0.9, dayStartHour: 4 };
const base: FigureInput = {
	assignment,
	deck,
	events: [],
	blocks: [],
	settings,
	dueAt: T0 + 10 * DAY,
	now: T0 + DAY
};
const all = deck.items.map((i) => `test/${i.id}`);

describe('computeFigures', () => {
	it('covers the items of the chosen topics, in the chosen order', () => {
		expect(assignmentItems({ ...assignment, topics: ['t2'] }, deck).map((i) => i.id)).toEqual([
			'b'
		]);
		expect(assignmentItems({ ...assignment, topics: 'all' }, deck)).toHaveLength(7);
		const f = computeFigures({ ...base, assignment: { ...assignment, topics: ['t2', 't1'] } });
		expect(f.byTopic.map((t) => [t.topic, t.items])).toEqual([
			['t2', 1],
			['t1', 6]
		]);
	});

	it('is "not started" with no answers and "overdue" once the due date passes', () => {
		const f = computeFigures(base);
		expect(f.status).toBe('not-started');
		expect(f.overall).toMatchObject({ items: 7, done: 0, answered: 0, accuracy: null, recall: 0 });
		expect(f.lastActivity).toBeNull();
		expect(computeFigures({ ...base, now: base.dueAt }).status).toBe('overdue');
	});

	it('counts undo, correction, forget, old revisions, practice and other decks as the log means them', () => {
		const r1 = ev({ item: 'test/a', t: T0, rating: 1, ms: 5000 });
		const r2 = ev({ item: 'test/b', t: T0 + 1, rating: 3, ms: 200_000 });
		const undone = ev({ item: 'test/cz::c1', t: T0 + 2, rating: 4, ms: 3000 });
		const events: LogEvent[] = [
			r1,
			ev({ item: 'test/a', t: T0 + 3, kind: 'correction', target: r1.id, rating: 4 }),
			r2,
			undone,
			ev({ item: 'test/cz::c1', t: T0 + 4, kind: 'undo', target: undone.id }),
			ev({ item: 'test/cz::c2', t: T0 + 5, rating: 4 }),
			ev({ item: 'test/cz::c2', t: T0 + 6, kind: 'forget' }),
			ev({ item: 'test/case::s1', t: T0 + 7, rev: 0 }),
			ev({ item: 'test/case::s2', t: T0 + 8, origin: 'practice' as LogEvent['origin'] }),
			ev({ item: 'other/a', t: T0 + 9 })
		];
		const f = computeFigures({ ...base, events });
		expect(f.overall).toMatchObject({ done: 2, answered: 2, correct: 2, accuracy: 1 });
		expect(f.byTopic.find((t) => t.topic === 't1')).toMatchObject({ items: 6, done: 1 });
		expect(f.timeMs).toBe(5000 + 60_000);
		expect(f.lastActivity).toBe(T0 + 1);
		expect(f.status).toBe('in-progress');
	});

	it('takes a checked answer over the rating for accuracy', () => {
		const events = [ev({ item: 'test/a', t: T0, rating: 3, correct: false })];
		expect(computeFigures({ ...base, events }).overall).toMatchObject({ answered: 1, correct: 0 });
	});

	it('predicts recall at the due date with predictedRecall over the same replay', () => {
		const events = [ev({ item: 'test/b', t: T0, rating: 3 })];
		const f = computeFigures({ ...base, events });
		const s = new Scheduler({ ...settings, fuzz: false });
		const r = s.retrievability(s.next(undefined, 3, T0, 0), base.dueAt)!;
		expect(f.byTopic.find((t) => t.topic === 't2')!.recall).toBeCloseTo(r, 12);
		expect(f.overall.recall).toBeCloseTo(r / 7, 12);
	});

	it('is done when every item is reviewed and the optional recall and Timed rules hold', () => {
		const events = all.map((item, i) => ev({ item, t: T0 + i, rating: 4 }));
		expect(computeFigures({ ...base, events }).status).toBe('done');
		const strict = { ...assignment, done: { recallPercent: 99 } };
		const f = computeFigures({ ...base, events, assignment: strict });
		expect(f.rule).toEqual({ reviewed: true, recall: false });
		expect(f.status).toBe('in-progress');
		const lenient = {
			...assignment,
			done: { recallPercent: 50, timed: { questions: 10, scorePercent: 80 } }
		};
		const blocks = [
			{ at: T0, size: 9, correct: 9 },
			{ at: T0, size: 10, correct: 7 }
		];
		expect(computeFigures({ ...base, events, blocks, assignment: lenient }).rule).toEqual({
			reviewed: true,
			recall: true,
			timed: false
		});
		blocks.push({ at: T0, size: 12, correct: 10 });
		expect(computeFigures({ ...base, events, blocks, assignment: lenient }).status).toBe('done');
		// Done stays done after the due date.
		expect(computeFigures({ ...base, events, now: base.dueAt + DAY }).status).toBe('done');
	});
});
