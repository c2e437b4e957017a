import type { LogEvent } from '../log/index.ts';
import { keysWithPrefix, PREFIX, safeGet, safeSet, type KV, type WriteResult } from './kv.ts';
import { decodeSegment, encodeLine, ItemDictionary, SEGMENT_SIZE } from './log-codec.ts';
import { quarantine, type QuarantineEntry } from './quarantine.ts';

const LOG = `${PREFIX}log:`;

/** What we know of one writer's segments. */
interface WriterCursor {
	dict: ItemDictionary;
	/** Events read so far. */
	count: number;
	/** Dictionary size at the start of each segment, to decode a segment again. */
	dictAt: number[];
	/** Encoded lines of the last segment and the context after its last line. */
	lines: string[];
	ctx: { prevT: number | undefined; prevTz: number | undefined };
	broken: boolean;
}

const newCursor = (): WriterCursor => ({
	dict: new ItemDictionary(),
	count: 0,
	dictAt: [],
	lines: [],
	ctx: { prevT: undefined, prevTz: undefined },
	broken: false
});

/** Key of segment `n` of a writer. */
export const segmentKey = (writer: string, n: number) => `${LOG}${writer}:${n}`;

/**
 * The review log in localStorage: one series of small segments per writer (a device tab
 * slot), appended by that writer only, so tabs never overwrite each other's answers.
 */
export class LogStore {
	readonly writer: string;
	readonly #kv: KV;
	readonly #cursors = new Map<string, WriterCursor>();
	#dirty = false;

	constructor(kv: KV, writer: string) {
		if (!/^[a-z0-9]+$/.test(writer)) throw new Error(`bad writer id "${writer}"`);
		this.#kv = kv;
		this.writer = writer;
	}

	/** Writers with segments in storage. */
	#writers(): string[] {
		const set = new Set<string>();
		for (const k of keysWithPrefix(this.#kv, LOG)) {
			const m = /^casedeck:log:([a-z0-9]+):(\d+)$/.exec(k);
			if (m) set.add(m[1]);
		}
		set.add(this.writer);
		return [...set].sort();
	}

	/**
	 * Reads events not seen yet (all of them on the first call). Segments that fail to
	 * decode are quarantined and reported; the rest still load.
	 */
	read(now: number): { events: LogEvent[]; problems: QuarantineEntry[] } {
		const events: LogEvent[] = [];
		const problems: QuarantineEntry[] = [];
		for (const w of this.#writers()) {
			const cur = this.#cursors.get(w) ?? newCursor();
			this.#cursors.set(w, cur);
			if (cur.broken || (w === this.writer && cur.count > 0)) continue; // own writes are known
			for (let n = Math.floor(cur.count / SEGMENT_SIZE); ; n++) {
				const key = segmentKey(w, n);
				const text = safeGet(this.#kv, key);
				if (text === null) break;
				if (cur.dictAt[n] === undefined) cur.dictAt[n] = cur.dict.keys.length;
				cur.dict.truncate(cur.dictAt[n]);
				let decoded: LogEvent[];
				try {
					decoded = decodeSegment(text, w, n * SEGMENT_SIZE, cur.dict);
				} catch (e) {
					problems.push(quarantine(this.#kv, key, `${key} ${(e as Error).message}`, now));
					cur.broken = true; // later segments refer to this one's items
					break;
				}
				const skip = cur.count - n * SEGMENT_SIZE;
				events.push(...decoded.slice(Math.max(0, skip)));
				cur.count = n * SEGMENT_SIZE + decoded.length;
				cur.lines = text === '' ? [] : text.split('\n');
				const last = decoded[decoded.length - 1];
				cur.ctx = { prevT: last?.t, prevTz: last?.tz };
				if (decoded.length < SEGMENT_SIZE) break;
			}
		}
		return { events, problems };
	}

	/** Next event id this writer will use. */
	nextId(): string {
		return `${this.writer}.${this.#own().count}`;
	}

	#own(): WriterCursor {
		let cur = this.#cursors.get(this.writer);
		if (!cur) this.#cursors.set(this.writer, (cur = newCursor()));
		if (cur.broken) throw new Error("this writer's log is quarantined");
		return cur;
	}

	/**
	 * Appends an event (its id must be {@link nextId}). Even when the write fails (quota),
	 * the event stays in memory and is written with the next successful {@link flush}.
	 */
	append(event: LogEvent): WriteResult {
		const cur = this.#own();
		if (event.id !== `${this.writer}.${cur.count}`) throw new Error(`out-of-order id ${event.id}`);
		if (cur.count % SEGMENT_SIZE === 0 && cur.count > 0) {
			// Finish the previous segment first if it is still unsaved.
			if (this.#dirty) {
				const r = this.flush();
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
		const cur = this.#own();
		const n = Math.floor((cur.count - 1) / SEGMENT_SIZE);
		const r = safeSet(this.#kv, segmentKey(this.writer, n), cur.lines.join('\n'));
		if (r.ok) this.#dirty = false;
		return r;
	}

	/** Whether answers are waiting to be saved. */
	get unsaved(): boolean {
		return this.#dirty;
	}

	/** Events read or written per writer: the log position a cache reflects. */
	position(): Record<string, number> {
		return Object.fromEntries([...this.#cursors].map(([w, c]) => [w, c.count]));
	}
}
