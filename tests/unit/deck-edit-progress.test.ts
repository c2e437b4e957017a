// A deck edit (issue 15 removed, added and revised cards of the bundled deck) changes the item
// list: the cached states, stored by position, must be refused once (a quiet full replay), and
// the replay must keep the progress of every item whose id and revision did not change.
import { describe, expect, it } from 'vitest';
import { loadDeckFile } from '../../src/lib/deck/build.ts';
import type { CompiledDeck, ReviewItem } from '../../src/lib/deck/index.ts';
import { DeckProgress, progressCacheKey, Scheduler } from '../../src/lib/srs/index.ts';
import { DAY, ev, T0 } from './fixtures.ts';

const settings = { retention: 0.9, dayStartHour: 4, fuzz: false };
const scheduler = () => new Scheduler(settings);

function bundled(): CompiledDeck {
	const r = loadDeckFile('decks/bkp-cement-leakage.yaml');
	if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
	return r.deck;
}

/** The deck as it was before an edit: one item more (since removed), one revised since. */
function before(deck: CompiledDeck): CompiledDeck {
	const removed: ReviewItem = {
		id: 'citation-details',
		cardId: 'citation-details',
		kind: 'basic',
		topics: ['paper-overview'],
		revision: 1
	};
	const items = deck.items.map((i) => (i.id === 'cafe-trial' ? { ...i, revision: 1 } : i));
	return { ...deck, items: [items[0], removed, ...items.slice(1)], itemsHash: undefined };
}

describe('a changed deck item list', () => {
	const deck = bundled();
	const old = before(deck);
	const key = (id: string) => `${deck.id}/${id}`;
	const kept = ['report-scope', 'bkp-indications::c1', 'case-2::leak', 'conus-level'];
	const events = [
		...kept.map((id, n) => ev({ item: key(id), t: T0 + n * 60_000, rating: 3 })),
		ev({ item: key('citation-details'), t: T0 + 10 * 60_000, rating: 4 }),
		ev({ item: key('cafe-trial'), t: T0 + 11 * 60_000, rating: 4 }),
		...kept.map((id, n) => ev({ item: key(id), t: T0 + 2 * DAY + n * 60_000, rating: 4 }))
	];

	it('gets a new cache key, so the cached states are not used (one full replay)', () => {
		expect(progressCacheKey(settings, deck)).not.toBe(progressCacheKey(settings, old));
		const cached = new DeckProgress(old, scheduler());
		cached.load(events);
		// The study screen also checks the size; positions no longer line up.
		expect(cached.packed().size).not.toBe(deck.items.length);
	});

	it('replays to the same progress for every unchanged id, and drops the removed card', () => {
		const was = new DeckProgress(old, scheduler());
		was.load(events);
		const now = new DeckProgress(deck, scheduler());
		now.load(events);
		for (const id of kept) {
			expect(now.progress(key(id)).state, id).toBeDefined();
			expect(now.progress(key(id)), id).toEqual(was.progress(key(id)));
		}
		expect(now.keys()).not.toContain(key('citation-details'));
	});

	it('makes learners relearn a card whose revision was bumped', () => {
		const now = new DeckProgress(deck, scheduler());
		now.load(events);
		expect(deck.items.find((i) => i.id === 'cafe-trial')?.revision).toBe(2);
		// The review was logged against revision 1 (ev's default rev), so it no longer counts.
		expect(now.progress(key('cafe-trial')).state).toBeUndefined();
	});
});
