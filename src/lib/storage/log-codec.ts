import type { EventKind, LogEvent, Origin, Rating } from '../log/index.ts';

/** Events per log segment: an answer rewrites only its (small) segment, never the whole log. */
export const SEGMENT_SIZE = 200;

const KIND_CODE: Record<EventKind, string> = {
	review: 'r',
	correction: 'c',
	undo: 'u',
	suspend: 's',
	unsuspend: 'S',
	flag: 'f',
	unflag: 'F',
	forget: 'x',
	mark: 'k',
	unmark: 'K',
	note: 'n'
};
const CODE_KIND = Object.fromEntries(Object.entries(KIND_CODE).map(([k, c]) => [c, k])) as Record<
	string,
	EventKind
>;
const ORIGIN_CODE: Record<Origin, string> = { study: 's', exam: 'e', assign: 'a', practice: 'p' };
const CODE_ORIGIN: Record<string, Origin> = { s: 'study', e: 'exam', a: 'assign', p: 'practice' };

/** Writer-wide item dictionary: the first use of an item spells its key, later uses its index. */
export class ItemDictionary {
	readonly keys: string[] = [];
	/** Key → index, only needed to encode: readers never build it, a writer on first use. */
	#index: Map<string, number> | undefined;
	/** Index of a key, or undefined when not yet seen. */
	indexOf(key: string): number | undefined {
		return this.warm().get(key);
	}
	/** Builds the key → index map now (a writer does this in idle time, not in an answer). */
	warm(): Map<string, number> {
		if (!this.#index) {
			this.#index = new Map();
			for (let i = 0; i < this.keys.length; i++) this.#index.set(this.keys[i], i);
		}
		return this.#index;
	}
	/** Forgets keys from index `n` on, to decode a segment again. */
	truncate(n: number): void {
		for (const k of this.keys.splice(n)) this.#index?.delete(k);
	}
	/** Records a key seen for the first time. */
	add(key: string): number {
		const i = this.keys.length;
		this.keys.push(key);
		this.#index?.set(key, i);
		return i;
	}
}

/** Running context while encoding or decoding one segment. */
interface LineContext {
	prevT: number | undefined;
	prevTz: number | undefined;
}

const b36 = (n: number) => (n < 0 ? '-' + (-n).toString(36) : n.toString(36));
const unb36 = (s: string): number => {
	const n = s.startsWith('-') ? -parseInt(s.slice(1), 36) : parseInt(s, 36);
	if (!Number.isFinite(n)) throw new Error(`bad number "${s}"`);
	return n;
};
const ITEM_KEY = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9:-]*$/;
const EVENT_ID = /^[a-z0-9]+\.\d+$/;

/**
 * Encodes one event as a compact line, e.g. `7ps,r3,#2b,m28`: time delta (base36 ms), kind
 * and rating, item (spelled out once per writer, then `#index`), then tagged extras.
 */
export function encodeLine(e: LogEvent, dict: ItemDictionary, ctx: LineContext): string {
	const parts = [b36(ctx.prevT === undefined ? e.t : e.t - ctx.prevT)];
	parts.push(KIND_CODE[e.kind] + (e.rating ?? ''));
	const idx = dict.indexOf(e.item);
	if (idx === undefined) {
		dict.add(e.item);
		parts.push('=' + e.item);
	} else parts.push('#' + idx.toString(36));
	if (e.tz !== ctx.prevTz) parts.push('z' + b36(e.tz));
	if (e.rev !== 1) parts.push('v' + e.rev.toString(36));
	if (e.origin !== 'study') parts.push('o' + ORIGIN_CODE[e.origin]);
	if (e.ms !== undefined) parts.push('m' + Math.round(e.ms / 100).toString(36));
	if (e.choice?.length) parts.push('p' + e.choice.join('.'));
	if (e.correct !== undefined) parts.push('y' + (e.correct ? 1 : 0));
	if (e.target) parts.push('g' + e.target);
	if (e.note !== undefined) parts.push('n' + encodeURIComponent(e.note));
	ctx.prevT = e.t;
	ctx.prevTz = e.tz;
	return parts.join(',');
}

/** Decodes one line; throws a descriptive Error on anything malformed. */
export function decodeLine(
	line: string,
	id: string,
	dict: ItemDictionary,
	ctx: LineContext
): LogEvent {
	const [dt, kr, itemRef, ...extras] = line.split(',');
	if (dt === undefined || !kr || !itemRef) throw new Error('missing fields');
	const t = ctx.prevT === undefined ? unb36(dt) : ctx.prevT + unb36(dt);
	const kind = CODE_KIND[kr[0]];
	if (!kind) throw new Error(`unknown kind "${kr[0]}"`);
	let rating: Rating | undefined;
	if (kr.length > 1) {
		const r = Number(kr.slice(1));
		if (r !== 1 && r !== 2 && r !== 3 && r !== 4) throw new Error(`bad rating "${kr}"`);
		rating = r;
	}
	let item: string;
	if (itemRef[0] === '=') {
		item = itemRef.slice(1);
		if (!ITEM_KEY.test(item)) throw new Error(`bad item "${item}"`);
		dict.add(item);
	} else if (itemRef[0] === '#') {
		const k = dict.keys[unb36(itemRef.slice(1))];
		if (k === undefined) throw new Error(`unknown item index "${itemRef}"`);
		item = k;
	} else throw new Error(`bad item reference "${itemRef}"`);
	const e: LogEvent = { id, item, kind, origin: 'study', t, tz: ctx.prevTz ?? 0, rev: 1 };
	if (rating) e.rating = rating;
	for (const x of extras) {
		const v = x.slice(1);
		switch (x[0]) {
			case 'z':
				e.tz = unb36(v);
				if (Math.abs(e.tz) > 18 * 60) throw new Error('bad time zone');
				break;
			case 'v':
				e.rev = unb36(v);
				if (e.rev < 1) throw new Error('bad revision');
				break;
			case 'o':
				if (!CODE_ORIGIN[v]) throw new Error(`bad origin "${v}"`);
				e.origin = CODE_ORIGIN[v];
				break;
			case 'm':
				e.ms = unb36(v) * 100;
				break;
			case 'p':
				e.choice = v.split('.');
				break;
			case 'y':
				e.correct = v === '1';
				break;
			case 'g':
				if (!EVENT_ID.test(v)) throw new Error(`bad target "${v}"`);
				e.target = v;
				break;
			case 'n':
				e.note = decodeURIComponent(v);
				break;
			default:
				throw new Error(`unknown field "${x}"`);
		}
	}
	if (!Number.isSafeInteger(e.t)) throw new Error('bad time');
	ctx.prevT = e.t;
	ctx.prevTz = e.tz;
	return e;
}

/** Encodes a whole segment (first line carries absolute time and zone). */
export function encodeSegment(events: readonly LogEvent[], dict: ItemDictionary): string {
	const ctx: LineContext = { prevT: undefined, prevTz: undefined };
	return events.map((e) => encodeLine(e, dict, ctx)).join('\n');
}

/** Decodes a segment of writer `writer` starting at sequence `seq0`. */
export function decodeSegment(
	text: string,
	writer: string,
	seq0: number,
	dict: ItemDictionary
): LogEvent[] {
	if (text === '') return [];
	const ctx: LineContext = { prevT: undefined, prevTz: undefined };
	return text.split('\n').map((line, i) => {
		try {
			return decodeLine(line, `${writer}.${seq0 + i}`, dict, ctx);
		} catch (err) {
			throw new Error(`line ${i + 1}: ${(err as Error).message}`, { cause: err });
		}
	});
}
