import type { Deck } from '../deck/index.ts';
import type { StudySettings } from './settings.ts';

/**
 * What a cache of derived states depends on besides the log: the scheduler settings and
 * every item's revision (a bumped card revision must invalidate cached states).
 */
export function progressCacheKey(
	s: Pick<StudySettings, 'retention' | 'dayStartHour' | 'fuzz'>,
	deck: Pick<Deck, 'items'>
): string {
	let h = 0;
	for (const i of deck.items)
		for (const c of `${i.id}@${i.revision};`) h = (h * 31 + c.charCodeAt(0)) | 0;
	return `${s.retention}|${s.dayStartHour}|${s.fuzz}|${(h >>> 0).toString(36)}`;
}
