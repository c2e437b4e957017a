import type { Deck, ReviewItem } from '../deck/index.ts';
import type { StudySettings } from './settings.ts';

/**
 * What a cache of derived states depends on besides the log: the scheduler settings and
 * every item's revision (a bumped card revision must invalidate cached states).
 */
export function progressCacheKey(
	s: Pick<StudySettings, 'retention' | 'dayStartHour' | 'fuzz'>,
	deck: Pick<Deck, 'items'>
): string {
	return `${s.retention}|${s.dayStartHour}|${s.fuzz}|${itemsHash(deck.items)}`;
}

/** Decks are immutable once loaded, so each one's hash is worked out once (open, then saves). */
const hashes = new WeakMap<readonly ReviewItem[], string>();

function itemsHash(items: readonly ReviewItem[]): string {
	const known = hashes.get(items);
	if (known !== undefined) return known;
	let h = 0;
	// Char codes over `id@revision;` per item, without building those strings (10,000 items).
	for (const i of items) {
		const id = i.id;
		for (let k = 0; k < id.length; k++) h = (Math.imul(h, 31) + id.charCodeAt(k)) | 0;
		h = (Math.imul(h, 31) + 64) | 0;
		const rev = String(i.revision);
		for (let k = 0; k < rev.length; k++) h = (Math.imul(h, 31) + rev.charCodeAt(k)) | 0;
		h = (Math.imul(h, 31) + 59) | 0;
	}
	const hash = (h >>> 0).toString(36);
	hashes.set(items, hash);
	return hash;
}
