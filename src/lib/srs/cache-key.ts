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
	// Two 32-bit hashes over `id@revision;` per item, without building those strings. The
	// state cache is stored by position and trusted when this matches, so 64 bits, not 32.
	let h = 0;
	let f = 0x811c9dc5;
	const mix = (c: number) => {
		h = (Math.imul(h, 31) + c) | 0;
		f = Math.imul(f ^ c, 0x01000193);
	};
	for (const i of items) {
		const id = i.id;
		for (let k = 0; k < id.length; k++) mix(id.charCodeAt(k));
		mix(64);
		const rev = String(i.revision);
		for (let k = 0; k < rev.length; k++) mix(rev.charCodeAt(k));
		mix(59);
	}
	const hash = `${(h >>> 0).toString(36)}.${(f >>> 0).toString(36)}`;
	hashes.set(items, hash);
	return hash;
}
