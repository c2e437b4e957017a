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

/** Numbers per item in `rows`: the 9 FSRS fields, flags, first review. */
const WIDTH = 11;
const VERSION = 2;

/**
 * Layout: item keys joined by newlines and one flat array of numbers (WIDTH per key), so
 * loading 10,000 states is one JSON.parse of plain numbers and one split, with no per-item
 * arrays or property names to allocate. `state` -1 means never answered; `firstReview` -1
 * means none. Notes are rare, so they sit in a sparse map by position.
 */
interface Stored {
	v: number;
	deckRevision: number;
	schedulerKey: string;
	position: Record<string, number>;
	keys: string;
	rows: number[];
	notes: Record<string, string>;
}

function encode(snapshot: StateSnapshot) {
	const keys: string[] = [];
	const rows: number[] = [];
	const notes: Record<string, string> = {};
	for (const [key, p] of snapshot) {
		if (p.note !== undefined) notes[keys.length] = p.note;
		keys.push(key);
		const s = p.state;
		if (s)
			rows.push(
				s.due,
				s.stability,
				s.difficulty,
				s.scheduledDays,
				s.learningSteps,
				s.reps,
				s.lapses,
				s.state,
				s.lastReview
			);
		else rows.push(0, 0, 0, 0, 0, 0, 0, -1, 0);
		rows.push((p.suspended ? 1 : 0) | (p.flagged ? 2 : 0), p.firstReview ?? -1);
	}
	return { keys: keys.join('\n'), rows, notes };
}

/** Checks the shape by hand: zod over 110,000 numbers costs more than it guards. */
function decode(raw: unknown): ProgressCache | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const c = raw as Partial<Stored>;
	if (c.v !== VERSION || !Number.isInteger(c.deckRevision) || typeof c.schedulerKey !== 'string')
		return undefined;
	const pos = c.position;
	if (typeof pos !== 'object' || pos === null || Array.isArray(pos)) return undefined;
	for (const v of Object.values(pos)) if (!Number.isInteger(v) || v < 0) return undefined;
	const { rows, notes } = c;
	if (typeof c.keys !== 'string' || !Array.isArray(rows)) return undefined;
	if (typeof notes !== 'object' || notes === null) return undefined;
	const keys = c.keys === '' ? [] : c.keys.split('\n');
	if (rows.length !== keys.length * WIDTH) return undefined;
	// One pass over the numbers: JSON only holds finite numbers, but also strings, nulls…
	for (let i = 0; i < rows.length; i++) if (typeof rows[i] !== 'number') return undefined;
	const snapshot = new Map<string, ItemProgress>();
	for (let k = 0, j = 0; k < keys.length; k++, j += WIDTH) {
		const st = rows[j + 7];
		const flags = rows[j + 9];
		const first = rows[j + 10];
		if (st !== -1 && st !== 0 && st !== 1 && st !== 2 && st !== 3) return undefined;
		const note = notes[k];
		// Every object gets the same fields in the same order: one hidden class, fast to build.
		const p: ItemProgress = {
			state:
				st === -1
					? undefined
					: {
							due: rows[j],
							stability: rows[j + 1],
							difficulty: rows[j + 2],
							scheduledDays: rows[j + 3],
							learningSteps: rows[j + 4],
							reps: rows[j + 5],
							lapses: rows[j + 6],
							state: st,
							lastReview: rows[j + 8]
						},
			suspended: (flags & 1) > 0,
			flagged: (flags & 2) > 0,
			note: typeof note === 'string' ? note : undefined,
			firstReview: first === -1 ? undefined : first
		};
		snapshot.set(keys[k], p);
	}
	return {
		deckRevision: c.deckRevision!,
		schedulerKey: c.schedulerKey,
		position: pos,
		snapshot
	};
}

/** Reads a deck's cache; undefined when missing, old or invalid (it is only a cache: replay). */
export function loadProgressCache(kv: KV, deckId: string): ProgressCache | undefined {
	const raw = safeGet(kv, cacheKey(deckId));
	if (raw === null) return undefined;
	try {
		return decode(JSON.parse(raw));
	} catch {
		return undefined;
	}
}

/** Writes a deck's cache. */
export function saveProgressCache(kv: KV, deckId: string, c: ProgressCache): WriteResult {
	const stored: Stored = {
		v: VERSION,
		deckRevision: c.deckRevision,
		schedulerKey: c.schedulerKey,
		position: c.position,
		...encode(c.snapshot)
	};
	return safeSet(kv, cacheKey(deckId), JSON.stringify(stored));
}
