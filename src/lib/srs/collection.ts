import type { Deck, ReviewItem } from '../deck/index.ts';
import { effectiveHistory, itemKey, type LogEvent } from '../log/index.ts';
import { studyDayStart } from './day.ts';
import type { ItemState } from './item-state.ts';
import {
	codeOf,
	COLS,
	encodeRow,
	PackedStates,
	stateOfCode,
	suspendedInCode,
	type ItemProgress
} from './packed.ts';
import { dueQueue, NewItemRule, type DueQueue, type QueueEntry } from './queue.ts';
import { replayItem } from './replay.ts';
import type { Scheduler } from './scheduler.ts';

/** Cached states of a deck's items (by item key): what the log said up to a known position. */
export type StateSnapshot = ReadonlyMap<string, ItemProgress>;

const NEW: ItemProgress = Object.freeze({ state: undefined, suspended: false, flagged: false });

/**
 * One deck's progress. Each item's state is its cached base (the state at the cache's log
 * position) with the events since then replayed on top, so start-up decodes only new events
 * and an answer replays one item's few recent events, never the whole log. When an undo or
 * correction refers to an event older than that, the item's full history is fetched.
 *
 * Per-item data lives in arrays by deck position. Due time, FSRS state and flags are also
 * kept in typed columns, so the queue, counts and the daily new limit never build objects;
 * a cached item's full state is decoded from its packed row only when it is needed.
 */
export class DeckProgress {
	readonly deck: Deck;
	readonly #scheduler: Scheduler;
	/** `deck/` : an item's key is this plus its id. */
	readonly #prefix: string;
	#keyList: string[] | undefined;
	/** Key → position, built on the 64th lookup or by {@link warm}; until then, a scan. */
	#index: Map<string, number> | undefined;
	#lookups = 0;
	/** The cache the base states come from (same positions as the deck's items). */
	#packed: PackedStates | undefined;
	/** Items whose cached base no longer counts (unreadable row, or an undo before it). */
	readonly #noBase: Uint8Array;
	/** 1 for a vignette step: the queue reads it for every item, so not from the item object. */
	readonly #vignettes: Uint8Array;
	/** Decoded base states (progress at the cache position), filled in on first use. */
	readonly #base: (ItemProgress | undefined)[];
	/** Events after the base (or all of an item's events when it has no base). */
	readonly #events = new Map<string, LogEvent[]>();
	/** Current progress of items replayed or decoded so far. */
	readonly #progress: (ItemProgress | undefined)[];
	/**
	 * Due time, code and first counting review (-1: none) per item, in the cache's layout: at
	 * load the cache's own array is adopted, so start-up copies nothing.
	 */
	#cols: Float64Array;
	readonly #fullLog: (() => LogEvent[]) | undefined;

	/** `fullLog` returns every event of the log, for the rare replay that needs old history. */
	constructor(deck: Deck, scheduler: Scheduler, fullLog?: () => LogEvent[]) {
		this.deck = deck;
		this.#scheduler = scheduler;
		this.#fullLog = fullLog;
		const n = deck.items.length;
		const prefix = itemKey(deck.id, '');
		this.#prefix = prefix;
		this.#base = new Array(n);
		this.#progress = new Array(n);
		this.#noBase = new Uint8Array(n);
		this.#vignettes = Uint8Array.from(deck.items, (item) => (item.kind === 'vignette' ? 1 : 0));
		this.#cols = new Float64Array(n * COLS);
		for (let i = 2; i < this.#cols.length; i += COLS) this.#cols[i] = -1;
	}

	/**
	 * Builds the key index (10,000 keys hash in a few ms on a phone). Start-up looks up only a
	 * handful of keys, so the study page calls this in idle time after the first card.
	 */
	warm(): void {
		if (this.#index) return;
		this.#index = new Map();
		const keys = this.#keys;
		for (let i = 0; i < keys.length; i++) this.#index.set(keys[i], i);
	}

	#indexOf(key: string): number | undefined {
		if (!this.#index && ++this.#lookups > 64) this.warm();
		if (this.#index) return this.#index.get(key);
		// A scan of ids: start-up looks up a handful of keys and builds no key strings for it.
		if (!key.startsWith(this.#prefix)) return undefined;
		const id = key.slice(this.#prefix.length);
		const items = this.deck.items;
		for (let i = 0; i < items.length; i++) if (items[i].id === id) return i;
		return undefined;
	}

	/**
	 * Loads progress: `cache` (packed states) is the base and `events` are those after its
	 * position; without a cache, `events` must be the whole log.
	 */
	load(events: Iterable<LogEvent>, cache?: PackedStates): void {
		for (const key of this.#prepare(events, cache)) this.#replay(key);
	}

	/**
	 * Like {@link load}, but replays in slices and awaits `pause()` between them, so a full
	 * replay (after an import or a settings change) never freezes the page. Before each pause
	 * `progress` gets the share of items replayed so far (0–1), for a progress bar.
	 */
	async loadInSlices(
		events: Iterable<LogEvent>,
		cache: PackedStates | undefined,
		pause: () => Promise<void>,
		progress: (fraction: number) => void = () => {},
		sliceMs = 8
	): Promise<void> {
		let start = performance.now();
		const all = [...events];
		// Group in batches too: 100,000 events at once is a long task on a phone.
		for (let i = 0; i < all.length; i += 5000) {
			this.#group(all.slice(i, i + 5000));
			if (performance.now() - start > sliceMs) {
				await pause();
				start = performance.now();
			}
		}
		const keys = this.#prepare([], cache);
		for (let i = 0; i < keys.length; i++) {
			this.#replay(keys[i]);
			if (performance.now() - start > sliceMs) {
				progress((i + 1) / keys.length);
				await pause();
				start = performance.now();
			}
		}
	}

	/** Takes the cache as base, groups events by item, and lists the items to replay. */
	#prepare(events: Iterable<LogEvent>, cache?: PackedStates): string[] {
		this.#group(events);
		if (cache) {
			// Positions line up: the cache is only used when the item list hashes the same.
			if (cache.size !== this.deck.items.length) throw new Error('cache of another item list');
			this.#packed = cache;
			// Taken over when the loader made a typed array for us (it does); else copied.
			this.#cols = cache.cols instanceof Float64Array ? cache.cols : Float64Array.from(cache.cols);
		}
		return [...this.#events.keys()];
	}

	#group(events: Iterable<LogEvent>): void {
		for (const e of events) {
			if (this.#indexOf(e.item) === undefined) continue; // items removed from the deck keep their log
			const list = this.#events.get(e.item);
			if (list) list.push(e);
			else this.#events.set(e.item, [e]);
		}
	}

	/** Adds events (own answers or another tab's); returns the item keys whose state changed. */
	add(events: readonly LogEvent[]): string[] {
		const touched = new Set<string>();
		for (const e of events) {
			if (this.#indexOf(e.item) === undefined) continue;
			const list = this.#events.get(e.item) ?? [];
			if (list.some((x) => x.id === e.id)) continue;
			list.push(e);
			this.#events.set(e.item, list);
			touched.add(e.item);
		}
		for (const key of touched) this.#replay(key);
		return [...touched];
	}

	/**
	 * The cached base of item `i`, decoded on first use. An unreadable packed row counts as
	 * "no base" and sends the item to a replay of its full history.
	 */
	#baseOf(i: number): { base: ItemProgress | undefined; ok: boolean } {
		if (!this.#packed || this.#noBase[i]) return { base: undefined, ok: true };
		const known = this.#base[i];
		if (known) return { base: known, ok: true };
		const p = this.#packed.progress(i);
		if (!p) {
			this.#noBase[i] = 1;
			return { base: undefined, ok: false };
		}
		this.#base[i] = p;
		return { base: p, ok: true };
	}

	/** Recomputes an item; `fromFullLog` when its cached row turned out unreadable. */
	#replay(key: string, fromFullLog = false): void {
		const i = this.#indexOf(key)!;
		const item = this.deck.items[i];
		let { base, ok } = this.#baseOf(i);
		ok &&= !fromFullLog;
		let history = effectiveHistory(this.#events.get(key) ?? [], item.revision, base);
		if (((history.dangling && base) || !ok) && this.#fullLog) {
			// An undo/correction of an event older than the cache, or an unreadable cached row:
			// replay from the full history.
			const recent = this.#events.get(key) ?? [];
			const all = this.#fullLog().filter((e) => e.item === key);
			const ids = new Set(all.map((e) => e.id));
			const merged = [...all, ...recent.filter((e) => !ids.has(e.id))];
			this.#base[i] = undefined;
			this.#noBase[i] = 1;
			this.#events.set(key, merged);
			base = undefined;
			history = effectiveHistory(merged, item.revision);
		}
		const firstReview = history.forgotten ? undefined : base?.firstReview;
		this.#set(i, {
			state: replayItem(history, this.#scheduler, base?.state),
			suspended: history.suspended,
			flagged: history.flagged,
			note: history.note,
			firstReview: firstReview ?? history.reviews[0]?.event.t
		});
	}

	#set(i: number, p: ItemProgress): void {
		this.#progress[i] = p;
		this.#cols[i * COLS] = p.state?.due ?? 0;
		this.#cols[i * COLS + 1] = codeOf(p);
		this.#cols[i * COLS + 2] = p.firstReview ?? -1;
	}

	#at(i: number): ItemProgress {
		const p = this.#progress[i];
		if (p) return p;
		if (!this.#packed || this.#noBase[i]) return NEW;
		if (
			this.#cols[i * COLS + 1] === 0 &&
			this.#cols[i * COLS + 2] === -1 &&
			!(i in this.#packed.notes)
		)
			return NEW; // never answered, nothing to decode
		const { base, ok } = this.#baseOf(i);
		if (ok) return (this.#progress[i] = base!);
		// Its cached row was unreadable: rebuild it from its full history.
		this.#replay(this.#prefix + this.deck.items[i].id, true);
		return this.#progress[i] ?? NEW;
	}

	/** Progress of an item (new and unsuspended when unknown). */
	progress(key: string): ItemProgress {
		const i = this.#indexOf(key);
		return i === undefined ? NEW : this.#at(i);
	}

	/** Events of an item, in insertion order. */
	events(key: string): readonly LogEvent[] {
		return this.#events.get(key) ?? [];
	}

	/** The item behind a key. */
	item(key: string): ReviewItem | undefined {
		const i = this.#indexOf(key);
		return i === undefined ? undefined : this.deck.items[i];
	}

	/** Keys of all items in deck order, built on first use. */
	get #keys(): string[] {
		return (this.#keyList ??= this.deck.items.map((item) => this.#prefix + item.id));
	}

	/** Keys of all items, in deck order. */
	keys(): readonly string[] {
		return this.#keys;
	}

	/** Every item with progress, in deck order (decodes every cached state: tests, backups). */
	snapshot(): StateSnapshot {
		const out = new Map<string, ItemProgress>();
		for (let i = 0; i < this.#keys.length; i++) {
			const p = this.#at(i);
			if (p !== NEW) out.set(this.#keys[i], p);
		}
		return out;
	}

	/** Every item's progress in the cache layout; rows of untouched items are reused as is. */
	packed(): PackedStates {
		const n = this.#keys.length;
		const cols = new Float64Array(this.#cols);
		const rows: string[] = new Array(n);
		const notes: Record<number, string> = {};
		for (let i = 0; i < n; i++) {
			const p = this.#progress[i];
			const cached = !p && this.#packed && !this.#noBase[i];
			const note = p ? p.note : cached ? this.#packed!.notes[i] : undefined;
			if (note !== undefined) notes[i] = note;
			rows[i] = p ? encodeRow(p.state) : cached ? this.#packed!.row(i) : '';
		}
		return new PackedStates(cols, rows, notes);
	}

	/** What home's counts need of every item, without decoding cached states. */
	*summaryInputs(): Generator<
		[string, { state?: { due: number; state: number }; suspended: boolean }]
	> {
		for (let i = 0; i < this.#keys.length; i++) {
			const code = this.#cols[i * COLS + 1];
			const st = stateOfCode(code);
			yield [
				this.#keys[i],
				{
					state: st === -1 ? undefined : { due: this.#cols[i * COLS], state: st },
					suspended: suspendedInCode(code)
				}
			];
		}
	}

	/** Earliest due time among answered, unsuspended items (of a topic). */
	nextDue(topic?: string): number | undefined {
		let min: number | undefined;
		for (let i = 0; i < this.#keys.length; i++) {
			const code = this.#cols[i * COLS + 1];
			if (stateOfCode(code) === -1 || suspendedInCode(code)) continue;
			if (topic && !this.deck.items[i].topics.includes(topic)) continue;
			const due = this.#cols[i * COLS];
			if (min === undefined || due < min) min = due;
		}
		return min;
	}

	/**
	 * What was introduced in the study day starting at `dayStart`: how many items were first
	 * answered (the daily new limit), and their cards, vignettes aside (their new siblings wait).
	 */
	introducedSince(dayStart: number): { count: number; cards: Set<string> } {
		const cards = new Set<string>();
		const items = this.deck.items;
		let count = 0;
		// -1 (no first review) is never after a day start.
		for (let i = 0; i < items.length; i++)
			if (this.#cols[i * COLS + 2] >= dayStart) {
				count++;
				if (items[i].kind !== 'vignette') cards.add(items[i].cardId);
			}
		return { count, cards };
	}

	/** Today's queue, optionally limited to a topic. */
	queue(opts: {
		now: number;
		tz: number;
		dayStartHour: number;
		newPerDay: number;
		topic?: string;
	}): DueQueue {
		const dayStart = studyDayStart(opts.now, opts.tz, opts.dayStartHour);
		const dayEnd = dayStart + 86_400_000;
		const introduced = this.introducedSince(dayStart);
		const introducedCards = introduced.cards;
		const newAllowed = opts.newPerDay - introduced.count;
		// The queue's own rule, asked of non-vignette new items only: a superset of what the
		// queue offers (it counts vignette steps too), so it needs no entry for the rest.
		const newItems = new NewItemRule(newAllowed, introducedCards);
		// Only what the queue can use: suspended items, reviews not due today, new siblings
		// and new items past today's limit never get an entry. Vignette steps always do: a case
		// counts as started by any answered step (even a suspended one), and an introduced case
		// brings all its steps.
		const entries: QueueEntry[] = [];
		const items = this.deck.items;
		const cols = this.#cols;
		const vignettes = this.#vignettes;
		for (let i = 0; i < items.length; i++) {
			const code = cols[i * COLS + 1];
			const vignette = vignettes[i] === 1;
			const suspended = suspendedInCode(code);
			if (suspended && !vignette) continue;
			const st = stateOfCode(code);
			const due = cols[i * COLS];
			// Most of a big collection is not due today: skipped without touching its item.
			if (st !== -1 && due >= dayEnd && !vignette) continue;
			const item = items[i];
			if (opts.topic && !item.topics.includes(opts.topic)) continue;
			if (st === -1 && !vignette && !newItems.offers(item)) continue;
			entries.push({
				key: this.#prefix + item.id,
				item,
				state: st === -1 ? undefined : { due, state: st as ItemState['state'] },
				suspended
			});
		}
		return dueQueue(entries, { now: opts.now, dayEnd, newAllowed, introducedCards });
	}
}
