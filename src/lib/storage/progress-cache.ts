import * as z from 'zod/mini';
import type { ItemProgress, StateSnapshot } from '../srs/collection.ts';
import type { DeckCounts } from '../stats/summary.ts';
import { PREFIX, safeGet, safeSet, type KV, type WriteResult } from './kv.ts';

/** Cached item states of a deck and the log position and settings they reflect. */
export interface ProgressCache {
	deckRevision: number;
	schedulerKey: string;
	position: Record<string, number>;
	snapshot: StateSnapshot;
}

const cacheKey = (deckId: string) => `${PREFIX}cache:${deckId}`;
const SUMMARY = `${PREFIX}summary`;

const row = z.array(z.union([z.number(), z.string(), z.null()]));
const cacheSchema = z.object({
	v: z.literal(1),
	deckRevision: z.int(),
	schedulerKey: z.string(),
	position: z.record(z.string(), z.int()),
	items: z.record(z.string(), row)
});

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

function decodeProgress(r: (number | string | null)[]): ItemProgress | undefined {
	if (r.length !== 12) return undefined;
	const n = (i: number) => (typeof r[i] === 'number' ? (r[i] as number) : undefined);
	const flags = n(9) ?? 0;
	const p: ItemProgress = {
		state: undefined,
		suspended: (flags & 1) > 0,
		flagged: (flags & 2) > 0
	};
	if (r[0] !== null) {
		const v = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(n);
		if (v.some((x) => x === undefined) || ![0, 1, 2, 3].includes(v[7]!)) return undefined;
		p.state = {
			due: v[0]!,
			stability: v[1]!,
			difficulty: v[2]!,
			scheduledDays: v[3]!,
			learningSteps: v[4]!,
			reps: v[5]!,
			lapses: v[6]!,
			state: v[7] as 0 | 1 | 2 | 3,
			lastReview: v[8]!
		};
	}
	if (n(10) !== undefined) p.firstReview = n(10);
	if (typeof r[11] === 'string') p.note = r[11];
	return p;
}

/** Reads a deck's cache; undefined when missing or invalid (it is only a cache: replay instead). */
export function loadProgressCache(kv: KV, deckId: string): ProgressCache | undefined {
	const raw = safeGet(kv, cacheKey(deckId));
	if (raw === null) return undefined;
	try {
		const c = cacheSchema.parse(JSON.parse(raw));
		const snapshot: StateSnapshot = {};
		for (const [k, r] of Object.entries(c.items)) {
			const p = decodeProgress(r);
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

const countsSchema = z.object({
	total: z.int(),
	unseen: z.int(),
	newToday: z.int(),
	dayStart: z.number(),
	due: z.array(z.tuple([z.number(), z.int()])),
	at: z.number()
});

/** Per-deck counts for home; invalid entries are dropped (they are rebuilt on the next answer). */
export function loadSummaries(kv: KV): Record<string, DeckCounts> {
	try {
		const obj = JSON.parse(safeGet(kv, SUMMARY) ?? '{}');
		const out: Record<string, DeckCounts> = {};
		for (const [k, v] of Object.entries(obj ?? {})) {
			const r = countsSchema.safeParse(v);
			if (r.success) out[k] = r.data as DeckCounts;
		}
		return out;
	} catch {
		return {};
	}
}

/** Saves one deck's counts. */
export function saveSummary(kv: KV, deckId: string, counts: DeckCounts): WriteResult {
	return safeSet(kv, SUMMARY, JSON.stringify({ ...loadSummaries(kv), [deckId]: counts }));
}
