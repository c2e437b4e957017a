import { itemsHash } from '../deck/items-hash.ts';
import type { Deck, ReviewItem } from '../deck/index.ts';
import type { StudySettings } from './settings.ts';

/**
 * What a cache of derived states depends on besides the log: the scheduler settings and
 * every item's revision (a bumped card revision must invalidate cached states).
 */
export function progressCacheKey(
	s: Pick<StudySettings, 'retention' | 'dayStartHour' | 'fuzz'>,
	deck: Pick<Deck, 'items' | 'itemsHash'>
): string {
	return `${s.retention}|${s.dayStartHour}|${s.fuzz}|${hashOf(deck)}`;
}

/** Decks are immutable once loaded, so each one's hash is worked out once (open, then saves). */
const hashes = new WeakMap<readonly ReviewItem[], string>();

function hashOf(deck: Pick<Deck, 'items' | 'itemsHash'>): string {
	if (deck.itemsHash) return deck.itemsHash;
	let known = hashes.get(deck.items);
	if (known === undefined) hashes.set(deck.items, (known = itemsHash(deck.items)));
	return known;
}
