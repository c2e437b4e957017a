import { extraNewKey } from './keys.ts';
import { safeGet, safeSet, type KV, type WriteResult } from './kv.ts';

// "Extra new cards today" (Anki's custom study): a raise of one deck's new-item limit for one
// study day, kept so a reload that day keeps it; the next day it no longer applies.

/** Extra new items allowed today for a deck (0 unless raised for the study day `dayStart`). */
export function loadExtraNew(kv: KV, deckId: string, dayStart: number): number {
	try {
		const v = JSON.parse(safeGet(kv, extraNewKey(deckId)) ?? 'null') as unknown;
		if (typeof v !== 'object' || v === null) return 0;
		const { day, n } = v as Record<string, unknown>;
		return day === dayStart && Number.isInteger(n) && (n as number) > 0 ? (n as number) : 0;
	} catch {
		return 0; // only a preference for today: unreadable means none
	}
}

/** Saves today's extra new items for a deck. */
export function saveExtraNew(kv: KV, deckId: string, dayStart: number, n: number): WriteResult {
	return safeSet(kv, extraNewKey(deckId), JSON.stringify({ day: dayStart, n }));
}
