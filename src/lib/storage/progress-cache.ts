import type { ItemProgress, StateSnapshot } from '../srs/collection.ts';
import { PREFIX, safeGet, safeSet, type KV, type WriteResult } from './kv.ts';

/** Cached item states of a deck and the log position and settings they reflect. */
export interface ProgressCache {
	deckRevision: number;
	schedulerKey: string;
	position: Record<string, number>;
	snapshot: StateSnapshot;
}

const cacheKey = (deckId: string) => `${PREFIX}cache:${deckId}`;

function encodeProgress(p: ItemProgress): (number | string | null)[] {
	const s = p.state;
	const flags = (p.suspended ? 1 : 0) | (p.flagged ? 2 : 0);
	const base = s
		? [
				s.due,
				s.stability,
				s.difficulty,
				s.scheduledDays,
				s.learningSteps,
				s.reps,
				s.lapses,
				s.state,
				s.lastReview
			]
		: [null, null, null, null, null, null, null, null, null];
	return [...base, flags, p.firstReview ?? null, p.note ?? null];
}

const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function decodeProgress(r: unknown): ItemProgress | undefined {
	if (!Array.isArray(r) || r.length !== 12) return undefined;
	const flags = num(r[9]) ? r[9] : 0;
	const p: ItemProgress = {
		state: undefined,
		suspended: (flags & 1) > 0,
		flagged: (flags & 2) > 0
	};
	if (r[0] !== null) {
		for (let i = 0; i < 9; i++) if (!num(r[i])) return undefined;
		if (r[7] !== 0 && r[7] !== 1 && r[7] !== 2 && r[7] !== 3) return undefined;
		p.state = {
			due: r[0],
			stability: r[1],
			difficulty: r[2],
			scheduledDays: r[3],
			learningSteps: r[4],
			reps: r[5],
			lapses: r[6],
			state: r[7],
			lastReview: r[8]
		};
	}
	if (num(r[10])) p.firstReview = r[10];
	if (typeof r[11] === 'string') p.note = r[11];
	return p;
}

/** Checks the cache's outer shape by hand: zod over 10,000 rows costs more than it guards. */
function parseCache(raw: unknown):
	| {
			deckRevision: number;
			schedulerKey: string;
			position: Record<string, number>;
			items: Record<string, unknown>;
	  }
	| undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const c = raw as Record<string, unknown>;
	if (c.v !== 1 || !Number.isInteger(c.deckRevision) || typeof c.schedulerKey !== 'string')
		return undefined;
	const pos = c.position;
	if (typeof pos !== 'object' || pos === null || Array.isArray(pos)) return undefined;
	for (const v of Object.values(pos)) if (!Number.isInteger(v)) return undefined;
	const items = c.items;
	if (typeof items !== 'object' || items === null || Array.isArray(items)) return undefined;
	return c as ReturnType<typeof parseCache>;
}

/** Reads a deck's cache; undefined when missing or invalid (it is only a cache: replay instead). */
export function loadProgressCache(kv: KV, deckId: string): ProgressCache | undefined {
	const raw = safeGet(kv, cacheKey(deckId));
	if (raw === null) return undefined;
	try {
		const c = parseCache(JSON.parse(raw));
		if (!c) return undefined;
		const snapshot: StateSnapshot = {};
		for (const k in c.items) {
			const p = decodeProgress(c.items[k]);
			if (!p) return undefined;
			snapshot[k] = p;
		}
		return {
			deckRevision: c.deckRevision,
			schedulerKey: c.schedulerKey,
			position: c.position,
			snapshot
		};
	} catch {
		return undefined;
	}
}

/** Writes a deck's cache. */
export function saveProgressCache(kv: KV, deckId: string, c: ProgressCache): WriteResult {
	const items = Object.fromEntries(
		Object.entries(c.snapshot).map(([k, p]) => [k, encodeProgress(p)])
	);
	return safeSet(
		kv,
		cacheKey(deckId),
		JSON.stringify({
			v: 1,
			deckRevision: c.deckRevision,
			schedulerKey: c.schedulerKey,
			position: c.position,
			items
		})
	);
}
