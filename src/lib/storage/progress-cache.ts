import { COLS, PackedStates } from '../srs/packed.ts';
import { PREFIX, safeGet, safeSet, type KV, type WriteResult } from './kv.ts';

/** Cached item states of a deck and the log position and settings they reflect. */
export interface ProgressCache {
	deckRevision: number;
	schedulerKey: string;
	position: Record<string, number>;
	states: PackedStates;
}

const cacheKey = (deckId: string) => `${PREFIX}cache:${deckId}`;
const VERSION = 2;

/**
 * Stored as a JSON head and, after the first newline (JSON.stringify never writes one), the
 * state rows. Start-up parses only the head: three numbers per deck item, in deck order;
 * rows are split and decoded later, item by item (see PackedStates).
 */
interface Head {
	v: number;
	deckRevision: number;
	schedulerKey: string;
	position: Record<string, number>;
	cols: number[];
	notes: Record<string, string>;
}

/** Checks the head by hand: zod over 30,000 numbers costs more than it guards. */
function decode(head: Partial<Head>, rows: string): ProgressCache | undefined {
	if (typeof head !== 'object' || head === null) return undefined;
	if (head.v !== VERSION || !Number.isInteger(head.deckRevision)) return undefined;
	if (typeof head.schedulerKey !== 'string') return undefined;
	const pos = head.position;
	if (typeof pos !== 'object' || pos === null || Array.isArray(pos)) return undefined;
	for (const v of Object.values(pos)) if (!Number.isInteger(v) || v < 0) return undefined;
	const { cols, notes } = head;
	if (!Array.isArray(cols) || cols.length % COLS !== 0) return undefined;
	if (typeof notes !== 'object' || notes === null) return undefined;
	const size = cols.length / COLS;
	for (let i = 0; i < cols.length; i++) if (!Number.isFinite(cols[i])) return undefined;
	for (let i = 1; i < cols.length; i += COLS)
		if (!Number.isInteger(cols[i]) || cols[i] < 0 || cols[i] > 31 || (cols[i] & 7) > 4)
			return undefined;
	// One row per item; a row itself is checked when it is decoded.
	let lines = 1;
	for (let i = rows.indexOf('\n'); i !== -1; i = rows.indexOf('\n', i + 1)) lines++;
	if (size === 0 ? rows !== '' : lines !== size) return undefined;
	const sparse: Record<number, string> = {};
	for (const [k, note] of Object.entries(notes))
		if (typeof note === 'string' && Number.isInteger(Number(k))) sparse[Number(k)] = note;
	return {
		deckRevision: head.deckRevision!,
		schedulerKey: head.schedulerKey,
		position: pos,
		states: new PackedStates(cols, size === 0 ? [] : rows, sparse)
	};
}

/** Reads a deck's cache; undefined when missing, old or invalid (it is only a cache: replay). */
export function loadProgressCache(kv: KV, deckId: string): ProgressCache | undefined {
	const raw = safeGet(kv, cacheKey(deckId));
	if (raw === null) return undefined;
	const cut = raw.indexOf('\n');
	try {
		const head = JSON.parse(cut === -1 ? raw : raw.slice(0, cut)) as Partial<Head>;
		return decode(head, cut === -1 ? '' : raw.slice(cut + 1));
	} catch {
		return undefined;
	}
}

/** Writes a deck's cache. */
export function saveProgressCache(kv: KV, deckId: string, c: ProgressCache): WriteResult {
	const { states } = c;
	const head: Head = {
		v: VERSION,
		deckRevision: c.deckRevision,
		schedulerKey: c.schedulerKey,
		position: c.position,
		cols: Array.from(states.cols),
		notes: states.notes
	};
	return safeSet(kv, cacheKey(deckId), `${JSON.stringify(head)}\n${states.rowsText()}`);
}
