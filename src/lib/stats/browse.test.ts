import { describe, expect, it } from 'vitest';
import { DAY, ev, MIN, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import type { LogEvent } from '../log/index.ts';
import { DeckProgress, Scheduler } from '../srs/index.ts';
import {
	browseRows,
	filterRows,
	foldText,
	problemReports,
	problemReportsText,
	type BrowseInputs
} from './browse.ts';

const HOUR = 60 * MIN;

/** The test deck with an accented prompt, and a log touching most kinds of event. */
function setup(extra: LogEvent[] = []) {
	const deck = testDeck();
	const a = deck.cards[0];
	if (a.kind === 'basic') a.front = '<p>Hématome <em>épidural</em> après kyphoplastie?</p>';
	const cards = new Map(deck.cards.map((c) => [c.id, c]));
	const events: LogEvent[] = [
		// a: a review 10 days ago (Easy: 8 days), missed an hour ago: relearning, 1 lapse.
		ev({ item: 'test/a', t: T0 - 10 * DAY, rating: 4 }),
		ev({ item: 'test/a', t: T0 - HOUR, rating: 1 }),
		// b: missed yesterday, then suspended.
		ev({ item: 'test/b', t: T0 - DAY, rating: 1 }),
		ev({ item: 'test/b', t: T0 - DAY + MIN, kind: 'suspend', rating: undefined }),
		// cz::c1: Good today, reported, marked, with a note.
		ev({ item: 'test/cz::c1', t: T0 - 2 * HOUR, rating: 3 }),
		ev({ item: 'test/cz::c1', t: T0 - 30 * MIN, kind: 'flag', note: 'Typo', rating: undefined }),
		ev({ item: 'test/cz::c1', t: T0 - 29 * MIN, kind: 'mark', rating: undefined }),
		ev({
			item: 'test/cz::c1',
			t: T0 - 28 * MIN,
			kind: 'note',
			note: 'see p. 4',
			rating: undefined
		}),
		// cz::c2: marked then unmarked; a note then an empty one (cleared).
		ev({ item: 'test/cz::c2', t: T0 - 5 * MIN, kind: 'mark', rating: undefined }),
		ev({ item: 'test/cz::c2', t: T0 - 4 * MIN, kind: 'unmark', rating: undefined }),
		ev({ item: 'test/cz::c2', t: T0 - 3 * MIN, kind: 'note', note: 'x', rating: undefined }),
		ev({ item: 'test/cz::c2', t: T0 - 2 * MIN, kind: 'note', note: '', rating: undefined }),
		// case::s1: checked wrong (Again), re-rated Hard: still a miss.
		{
			...ev({ item: 'test/case::s1', t: T0 - 2 * HOUR, rating: 1 }),
			id: 'w9.1',
			correct: false
		},
		ev({
			item: 'test/case::s1',
			t: T0 - 2 * HOUR + 1,
			kind: 'correction',
			rating: 2,
			target: 'w9.1'
		}),
		...extra
	];
	const progress = new DeckProgress(deck, scheduler);
	progress.load(events);
	const byItem = (key: string) => events.filter((e) => e.item === key);
	const input: BrowseInputs = {
		deck,
		cards,
		progress: (k) => progress.progress(k),
		history: byItem,
		retrievability: (s, now) => scheduler.retrievability(s, now),
		now: T0,
		tz: 0,
		dayStartHour: 4
	};
	return { deck, input, rows: browseRows(input) };
}
const scheduler = new Scheduler({ retention: 0.9, fuzz: false, dayStartHour: 4 });
const ids = (rows: { item: { id: string } }[]) => rows.map((r) => r.item.id);

describe('browseRows', () => {
	it('gives each item its text, state, due date, interval, recall now and lapses', () => {
		const { rows } = setup();
		expect(ids(rows)).toEqual(['a', 'b', 'cz::c1', 'cz::c2', 'case::s1', 'case::s2', 'case::s3']);
		const [a, b, c1, c2, s1, s2] = rows;
		expect(a).toMatchObject({
			prompt: 'Hématome épidural après kyphoplastie?',
			answer: 'A',
			state: 'learning', // relearning after the lapse
			lapses: 1,
			missedToday: true,
			suspended: false
		});
		expect(a.due).toBe(T0 - HOUR + 10 * MIN); // the relearning step
		expect(a.retrievability).toBeGreaterThan(0.9);
		expect(a.retrievability).toBeLessThanOrEqual(1);
		expect(b).toMatchObject({ state: 'learning', suspended: true, missedToday: false });
		expect(c1).toMatchObject({
			prompt: '[…] y',
			answer: 'x y',
			state: 'learning',
			marked: true,
			personalNote: 'see p. 4',
			report: { text: 'Typo', at: T0 - 30 * MIN },
			interval: 0,
			missedToday: false
		});
		expect(c2).toMatchObject({ state: 'new', marked: false, personalNote: undefined });
		expect([c1.detail, c2.detail]).toEqual(['Gap 1 of 2', 'Gap 2 of 2']);
		expect(c2.due).toBeUndefined();
		expect(c2.retrievability).toBeUndefined();
		expect(s1).toMatchObject({ prompt: 'Case: step 1', detail: 's1?', missedToday: true });
		expect(s2).toMatchObject({ state: 'new', lapses: 0, missedToday: false });
	});

	it('a review state has its interval in days and a recall below 1 once time passes', () => {
		const { rows } = setup([ev({ item: 'test/cz::c2', t: T0 - 3 * DAY, rating: 4 })]);
		// Easy on a new item: review, 8 days (FSRS-6 defaults, no fuzz), 3 days ago.
		expect(rows[3]).toMatchObject({ state: 'review', interval: 8, due: T0 + 5 * DAY, lapses: 0 });
		expect(rows[3].retrievability).toBeGreaterThan(0.9);
		expect(rows[3].retrievability).toBeLessThan(1);
	});

	it('an undone miss is not missed today; a forget makes the item new again', () => {
		const { rows } = setup([
			{ ...ev({ item: 'test/case::s2', t: T0 - HOUR, rating: 1 }), id: 'w7.1' },
			ev({ item: 'test/case::s2', t: T0 - HOUR + 5, kind: 'undo', target: 'w7.1' }),
			ev({ item: 'test/case::s3', t: T0 - HOUR, rating: 1 }),
			ev({ item: 'test/case::s3', t: T0 - HOUR + 5, kind: 'forget', rating: undefined })
		]);
		expect(rows[5]).toMatchObject({ state: 'new', missedToday: false });
		expect(rows[6]).toMatchObject({ state: 'new', missedToday: false, lapses: 0 });
	});

	it('a miss before today’s 04:00 start is yesterday’s', () => {
		const { rows } = setup([ev({ item: 'test/case::s3', t: Date.UTC(2026, 0, 5, 3), rating: 1 })]);
		expect(rows[6].missedToday).toBe(false);
	});

	it('an item whose card is not loaded shows its id and is not found by text', () => {
		const { input } = setup();
		const rows = browseRows({ ...input, cards: new Map() });
		expect(rows[0]).toMatchObject({ prompt: 'a', loaded: false, answer: '' });
	});
});

describe('filterRows', () => {
	const { rows } = setup();

	it('searches prompt, question and answer, ignoring case and accents; every word must match', () => {
		expect(ids(filterRows(rows, { query: 'HEMATOME' }))).toEqual(['a']);
		expect(ids(filterRows(rows, { query: 'épidural kyphoplastie' }))).toEqual(['a']);
		expect(ids(filterRows(rows, { query: 'epidural x' }))).toEqual([]);
		expect(ids(filterRows(rows, { query: 's2?' }))).toEqual(['case::s2']); // a step's question
		expect(ids(filterRows(rows, { query: 'x y' }))).toEqual(['cz::c1', 'cz::c2']); // the answer
		expect(filterRows(rows, { query: '  ' })).toHaveLength(rows.length);
		expect(filterRows(rows, { query: 'gap' })).toEqual([]); // the list's label, not the card's text
		expect(foldText('Çà Ñ')).toBe('ca n');
	});

	it('filters by topic', () => {
		expect(ids(filterRows(rows, { topic: 't2' }))).toEqual(['b']);
		expect(filterRows(rows, { topic: 't1' })).toHaveLength(6);
	});

	it('filters by each state', () => {
		const by = (state: Parameters<typeof filterRows>[1]['state']) =>
			ids(filterRows(rows, { state }));
		expect(by('all')).toHaveLength(7);
		expect(by('new')).toEqual(['cz::c2', 'case::s2', 'case::s3']);
		expect(by('learning')).toEqual(['a', 'b', 'cz::c1', 'case::s1']);
		expect(by('review')).toEqual([]);
		expect(by('suspended')).toEqual(['b']);
		expect(by('flagged')).toEqual(['cz::c1']);
		expect(by('reported')).toEqual(['cz::c1']);
		expect(by('missed')).toEqual(['a', 'case::s1']);
	});

	it('combines filters, keeps deck order by default, and can sort by due or lapses', () => {
		expect(ids(filterRows(rows, { topic: 't1', state: 'missed', query: 'case' }))).toEqual([
			'case::s1'
		]);
		const due = ids(filterRows(rows, { state: 'learning' }, 'due'));
		expect(due[0]).toBe('b'); // missed yesterday: due soonest
		expect(ids(filterRows(rows, {}, 'lapses'))[0]).toBe('a');
	});

	it('keeps the open row whatever the filter, so acting on it does not hide it', () => {
		expect(ids(filterRows(rows, { state: 'suspended', keep: 'test/a' }))).toEqual(['a', 'b']);
	});
});

describe('problem reports', () => {
	it('exports the reported items as versioned JSON and as plain text', () => {
		const { deck, rows } = setup();
		const r = problemReports(deck, rows, T0);
		expect(r).toEqual({
			format: 'casedeck-problem-reports',
			version: 1,
			deck: { id: 'test', revision: 1 },
			exportedAt: '2026-01-05T12:00:00.000Z',
			reports: [
				{ item: 'cz::c1', card: 'cz', text: 'Typo', reportedAt: '2026-01-05T11:30:00.000Z' }
			]
		});
		const text = problemReportsText(r, 'Test', rows);
		expect(text).toContain('1. cz::c1 (reported 2026-01-05T11:30:00.000Z)');
		expect(text).toContain('Card: […] y');
		expect(text).toContain('Report: Typo');
	});

	it('a report removed (unflag) or undone is not exported', () => {
		const { deck, rows } = setup([
			ev({ item: 'test/cz::c1', t: T0 - MIN, kind: 'unflag', rating: undefined }),
			{
				...ev({ item: 'test/a', t: T0 - MIN, kind: 'flag', note: 'y', rating: undefined }),
				id: 'w6.1'
			},
			ev({ item: 'test/a', t: T0, kind: 'undo', target: 'w6.1' })
		]);
		expect(problemReports(deck, rows, T0).reports).toEqual([]);
	});
});
