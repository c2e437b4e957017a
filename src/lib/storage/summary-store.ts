import type { DeckCounts } from '../stats/summary.ts';
import { SUMMARY_PREFIX as SUMMARY, summaryKey } from './keys.ts';
import { keysWithPrefix, safeGet, safeSet, type KV, type WriteResult } from './kv.ts';

// Home reads only this module (and browser.ts), so its first load carries no log or
// validation code: counts are checked by hand.

const isBuckets = (x: unknown) =>
	Array.isArray(x) &&
	x.every(
		(b) => Array.isArray(b) && b.length === 2 && Number.isFinite(b[0]) && Number.isInteger(b[1])
	);

/** Checks one deck's counts by hand (home must not load a validation library). */
function isCounts(v: unknown): v is DeckCounts {
	if (typeof v !== 'object' || v === null) return false;
	const c = v as Record<string, unknown>;
	return (
		['total', 'unseen', 'newToday', 'newPerDay'].every((k) => Number.isInteger(c[k])) &&
		Number.isFinite(c.dayStart) &&
		Number.isFinite(c.at) &&
		isBuckets(c.due) &&
		isBuckets(c.learning) &&
		isTopics(c.topics) &&
		isTotals(c.today)
	);
}

const isTopics = (t: unknown) =>
	t === undefined ||
	(typeof t === 'object' &&
		t !== null &&
		Object.values(t).every(
			(c) =>
				typeof c === 'object' &&
				c !== null &&
				['due', 'new', 'total', 'seen'].every((k) =>
					Number.isInteger((c as Record<string, unknown>)[k])
				)
		));

const isTally = (t: unknown) =>
	typeof t === 'object' &&
	t !== null &&
	['reviews', 'correct', 'ms'].every((k) => Number.isFinite((t as Record<string, unknown>)[k]));
const isTotals = (t: unknown) =>
	t === undefined ||
	(isTally(t) &&
		Number.isFinite((t as Record<string, unknown>).dayStart) &&
		isTally((t as Record<string, unknown>).practice));

/** Per-deck counts for home; invalid entries are dropped (they are rebuilt on the next answer). */
export function loadSummaries(kv: KV): Record<string, DeckCounts> {
	const out: Record<string, DeckCounts> = {};
	for (const key of keysWithPrefix(kv, SUMMARY)) {
		try {
			const v: unknown = JSON.parse(safeGet(kv, key) ?? 'null');
			if (isCounts(v)) out[key.slice(SUMMARY.length)] = v;
		} catch {
			/* a bad summary is only a cache: skip it */
		}
	}
	return out;
}

/** Saves one deck's counts (one small key per deck, so an answer writes only its own). */
export function saveSummary(kv: KV, deckId: string, counts: DeckCounts): WriteResult {
	return safeSet(kv, summaryKey(deckId), JSON.stringify(counts));
}
