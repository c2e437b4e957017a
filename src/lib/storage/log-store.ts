import type { LogEvent } from '../log/index.ts';
import { LOG_PREFIX, parseSegmentKey, segmentKey } from './keys.ts';
import { keysWithPrefix, safeGet, safeSet, type KV, type WriteResult } from './kv.ts';
import { decodeSegment, encodeLine, ItemDictionary, SEGMENT_SIZE } from './log-codec.ts';
import { quarantine, type QuarantineEntry } from './quarantine.ts';

/** Events read per writer: the log position a cache of derived state reflects. */
export type LogPosition = Record<string, number>;

/** What we know of one writer's segments. */
interface Cursor {
	dict: ItemDictionary;
	/** Events read so far (all earlier ones are accounted for). */
	count: number;
	/** Dictionary size at the start of each segment, to decode a segment again. */
	dictAt: number[];
	/** Encoded lines of the last segment and the context after its last line. */
	lines: string[];
	ctx: { prevT: number | undefined; prevTz: number | undefined };
	broken: boolean;
}

const newCursor = (): Cursor => ({
	dict: new ItemDictionary(),
	count: 0,
	dictAt: [],
	lines: [],
	ctx: { prevT: undefined, prevTz: undefined },
	broken: false
});

/** Writers with segments in storage. */
function writersIn(kv: KV): string[] {
	const set = new Set<string>();
	for (const k of keysWithPrefix(kv, LOG_PREFIX)) {
		const s = parseSegmentKey(k);
		if (s) set.add(s.writer);
	}
	return [...set].sort();
}

/**
 * Reads one writer's segments from its cursor on. Full segments that lie before `skipTo` are
 * not decoded (their events are already reflected in a cache): only their item dictionary
 * is scanned, which is what makes start-up with 100,000 reviews fast.
 */
function advance(
	kv: KV,
	writer: string,
	cur: Cursor,
	now: number,
	skipTo: number,
	out: LogEvent[],
	problems: QuarantineEntry[],
	shouldPause: () => boolean = () => false
): boolean {
	if (cur.broken) return true;
	let next = safeGet(kv, segmentKey(writer, Math.floor(cur.count / SEGMENT_SIZE)));
	for (let n = Math.floor(cur.count / SEGMENT_SIZE); ; n++) {
		const key = segmentKey(writer, n);
		const text = next;
		if (text === null) return true;
		if (cur.dictAt[n] === undefined) cur.dictAt[n] = cur.dict.keys.length;
		cur.dict.truncate(cur.dictAt[n]);
		// A writer starts segment n+1 only when n is full, so "a next one exists" means full.
		const skippable = (n + 1) * SEGMENT_SIZE <= skipTo;
		next = skippable ? safeGet(kv, segmentKey(writer, n + 1)) : null;
		if (next !== null) {
			scanSpelledItems(text, cur.dict);
			cur.count = (n + 1) * SEGMENT_SIZE;
			continue;
		}
		let decoded: LogEvent[];
		try {
			decoded = decodeSegment(text, writer, n * SEGMENT_SIZE, cur.dict);
		} catch (e) {
			problems.push(quarantine(kv, key, `${key} ${(e as Error).message}`, now));
			cur.broken = true; // later segments refer to this one's items
			return true;
		}
		const from = Math.max(cur.count, skipTo) - n * SEGMENT_SIZE;
		for (let i = Math.max(0, from); i < decoded.length; i++) out.push(decoded[i]);
		cur.count = n * SEGMENT_SIZE + decoded.length;
		cur.lines = text === '' ? [] : text.split('\n');
		const last = decoded[decoded.length - 1];
		cur.ctx = { prevT: last?.t, prevTz: last?.tz };
		if (decoded.length < SEGMENT_SIZE) return true;
		if (shouldPause()) return false; // resumable: the cursor has moved past this segment
		next = safeGet(kv, segmentKey(writer, n + 1));
	}
}

/**
 * Adds the item keys a segment spells out (`,=key`) to the dictionary, in order, without
 * decoding the segment. Only item fields can contain `,=`: notes are URI-encoded.
 */
function scanSpelledItems(text: string, dict: ItemDictionary): void {
	for (let i = text.indexOf(',='); i !== -1; i = text.indexOf(',=', i + 2)) {
		let end = i + 2;
		while (end < text.length && text.charCodeAt(end) !== 44 && text.charCodeAt(end) !== 10) end++;
		dict.add(text.slice(i + 2, end));
	}
}

/** Reads the whole review log (every writer) incrementally: each call returns what is new. */
export class LogReader {
	readonly #kv: KV;
	readonly #cursors = new Map<string, Cursor>();
	/** Writers handed over to this tab's LogWriter, and how far they had been read. */
	readonly #released = new Map<string, number>();

	constructor(kv: KV) {
		this.#kv = kv;
	}

	/**
	 * Events not seen yet. On the first call, `since` skips what a cache already reflects.
	 * Segments that fail to decode are quarantined and reported; the rest still load.
	 */
	read(now: number, since: LogPosition = {}): { events: LogEvent[]; problems: QuarantineEntry[] } {
		const events: LogEvent[] = [];
		const problems: QuarantineEntry[] = [];
		for (const w of writersIn(this.#kv)) {
			if (this.#released.has(w)) continue;
			let cur = this.#cursors.get(w);
			const first = !cur;
			if (!cur) this.#cursors.set(w, (cur = newCursor()));
			advance(this.#kv, w, cur, now, first ? (since[w] ?? 0) : 0, events, problems);
		}
		return { events, problems };
	}

	/**
	 * Like {@link read}, but decodes in slices of about `sliceMs` and awaits `pause()` between
	 * them, so reading 100,000 events never freezes the page.
	 */
	async readInSlices(
		now: number,
		since: LogPosition,
		pause: () => Promise<void>,
		sliceMs = 8
	): Promise<{ events: LogEvent[]; problems: QuarantineEntry[] }> {
		const events: LogEvent[] = [];
		const problems: QuarantineEntry[] = [];
		let start = performance.now();
		const tired = () => performance.now() - start > sliceMs;
		for (const w of writersIn(this.#kv)) {
			if (this.#released.has(w)) continue;
			let cur = this.#cursors.get(w);
			const skipTo = cur ? 0 : (since[w] ?? 0);
			if (!cur) this.#cursors.set(w, (cur = newCursor()));
			while (!advance(this.#kv, w, cur, now, skipTo, events, problems, tired)) {
				await pause();
				start = performance.now();
			}
		}
		return { events, problems };
	}

	/** Events read per writer (for a released writer: as far as it had been read). */
	position(): LogPosition {
		return {
			...Object.fromEntries(this.#released),
			...Object.fromEntries([...this.#cursors].map(([w, c]) => [w, c.count]))
		};
	}

	/**
	 * Hands a fully read writer's cursor over to that writer (see LogWriter) and stops reading
	 * its series: it belongs to this tab, whose own events never need reading back.
	 */
	release(writer: string): Cursor | undefined {
		const cur = this.#cursors.get(writer);
		if (!cur && safeGet(this.#kv, segmentKey(writer, 0)) === null) this.#released.set(writer, 0);
		if (!cur || cur.broken) return undefined;
		if (safeGet(this.#kv, segmentKey(writer, Math.floor(cur.count / SEGMENT_SIZE) + 1)) !== null)
			return undefined;
		this.#released.set(writer, cur.count);
		this.#cursors.delete(writer);
		return cur;
	}
}

/**
 * Appends this tab's events to its own writer's segments (a writer = a device tab slot), so
 * tabs never overwrite each other's answers and an answer rewrites one small segment.
 */
export class LogWriter {
	readonly writer: string;
	readonly #kv: KV;
	readonly #cur: Cursor;
	#dirty = false;

	/**
	 * Finds where this writer's series ends. A `reader` that has read the whole log already
	 * knows (its cursor is copied), which saves scanning every segment a second time.
	 */
	constructor(kv: KV, writer: string, now = Date.now(), reader?: LogReader) {
		if (!/^[a-z0-9]+$/.test(writer)) throw new Error(`bad writer id "${writer}"`);
		this.#kv = kv;
		this.writer = writer;
		const known = reader?.release(writer);
		if (known) this.#cur = known;
		else {
			this.#cur = newCursor();
			advance(kv, writer, this.#cur, now, Infinity, [], []);
		}
		if (this.#cur.broken) throw new Error(`the log of writer ${writer} is unreadable`);
	}

	/** Prepares encoding (the item index) ahead of the first answer; call in idle time. */
	warm(): void {
		this.#cur.dict.warm();
	}

	/** Events this writer has stored (its next sequence number). */
	get count(): number {
		return this.#cur.count;
	}

	/** Next event id this writer will use. */
	nextId(): string {
		return `${this.writer}.${this.#cur.count}`;
	}

	/**
	 * Appends an event (its id must be {@link nextId}). Even when the write fails (quota),
	 * the event stays in memory and is written with the next successful {@link flush}.
	 */
	append(event: LogEvent): WriteResult {
		const cur = this.#cur;
		if (event.id !== `${this.writer}.${cur.count}`) throw new Error(`out-of-order id ${event.id}`);
		if (cur.count % SEGMENT_SIZE === 0 && cur.count > 0) {
			if (this.#dirty) {
				const r = this.flush(); // finish the previous segment first
				if (!r.ok) return r;
			}
			cur.lines = [];
			cur.ctx = { prevT: undefined, prevTz: undefined };
		}
		const n = Math.floor(cur.count / SEGMENT_SIZE);
		if (cur.dictAt[n] === undefined) cur.dictAt[n] = cur.dict.keys.length;
		cur.lines.push(encodeLine(event, cur.dict, cur.ctx));
		cur.count++;
		this.#dirty = true;
		return this.flush();
	}

	/** Writes the current segment if it has unsaved lines. */
	flush(): WriteResult {
		if (!this.#dirty) return { ok: true };
		const n = Math.floor((this.#cur.count - 1) / SEGMENT_SIZE);
		const r = safeSet(this.#kv, segmentKey(this.writer, n), this.#cur.lines.join('\n'));
		if (r.ok) this.#dirty = false;
		return r;
	}

	/** Whether answers are waiting to be saved. */
	get unsaved(): boolean {
		return this.#dirty;
	}
}
