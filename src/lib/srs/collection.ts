import type { Deck, ReviewItem } from '../deck/index.ts';
import { effectiveHistory, itemKey, type LogEvent } from '../log/index.ts';
import { studyDayStart } from './day.ts';
import type { ItemState } from './item-state.ts';
import { dueQueue, type DueQueue, type QueueEntry } from './queue.ts';
import { replayItem } from './replay.ts';
import type { Scheduler } from './scheduler.ts';

/** Derived progress of one item. */
export interface ItemProgress {
	state: ItemState | undefined;
	suspended: boolean;
	flagged: boolean;
	note?: string;
	/** Time of the first review that still counts (for the daily new-item limit). */
	firstReview?: number;
}

/** Cached states of a deck's items (by item key): what the log said up to a known position. */
export type StateSnapshot = ReadonlyMap<string, ItemProgress>;

const NEW: ItemProgress = Object.freeze({ state: undefined, suspended: false, flagged: false });

/**
 * One deck's progress. Each item's state is its cached base (the state at the cache's log
 * position) with the events since then replayed on top, so start-up decodes only new events
 * and an answer replays one item's few recent events, never the whole log. When an undo or
 * correction refers to an event older than that, the item's full history is fetched.
 */
export class DeckProgress {
	readonly deck: Deck;
	readonly #scheduler: Scheduler;
	/** Item keys in deck order; per-item data below lives in arrays at the same position. */
	readonly #keys: string[];
	readonly #index = new Map<string, number>();
	/** Progress at the cache position; absent for items replayed from their full history. */
	readonly #base: (ItemProgress | undefined)[];
	/** Events after the base (or all of an item's events when it has no base). */
	readonly #events = new Map<string, LogEvent[]>();
	readonly #progress: (ItemProgress | undefined)[];
	readonly #fullLog: (() => LogEvent[]) | undefined;
	/** Items first answered since `dayStart`, kept up to date as items replay. */
	#introduced: { dayStart: number; count: number } | undefined;

	/** `fullLog` returns every event of the log, for the rare replay that needs old history. */
	constructor(deck: Deck, scheduler: Scheduler, fullLog?: () => LogEvent[]) {
		this.deck = deck;
		this.#scheduler = scheduler;
		this.#fullLog = fullLog;
		const prefix = itemKey(deck.id, '');
		this.#keys = deck.items.map((item) => prefix + item.id);
		for (let i = 0; i < this.#keys.length; i++) this.#index.set(this.#keys[i], i);
		this.#base = new Array(this.#keys.length);
		this.#progress = new Array(this.#keys.length);
	}

	/**
	 * Loads progress: `snapshot` (a cache) is the base and `events` are those after its
	 * position; without a snapshot, `events` must be the whole log.
	 */
	load(events: Iterable<LogEvent>, snapshot?: StateSnapshot): void {
		for (const key of this.#prepare(events, snapshot)) this.#replay(key);
	}

	/**
	 * Like {@link load}, but replays in slices and awaits `pause()` between them, so a full
	 * replay (after an import or a settings change) never freezes the page.
	 */
	async loadInSlices(
		events: Iterable<LogEvent>,
		snapshot: StateSnapshot | undefined,
		pause: () => Promise<void>,
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
		for (const key of this.#prepare([], snapshot)) {
			this.#replay(key);
			if (performance.now() - start > sliceMs) {
				await pause();
				start = performance.now();
			}
		}
	}

	/** Takes the snapshot as base, groups events by item, and lists the items to replay. */
	#prepare(events: Iterable<LogEvent>, snapshot?: StateSnapshot): string[] {
		this.#group(events);
		if (snapshot)
			for (const [key, p] of snapshot) {
				const i = this.#index.get(key);
				if (i === undefined) continue; // removed from the deck
				this.#base[i] = p;
				this.#progress[i] = p;
			}
		return [...this.#events.keys()];
	}

	#group(events: Iterable<LogEvent>): void {
		for (const e of events) {
			if (!this.#index.has(e.item)) continue; // items removed from the deck keep their log
			const list = this.#events.get(e.item);
			if (list) list.push(e);
			else this.#events.set(e.item, [e]);
		}
	}

	/** Adds events (own answers or another tab's); returns the item keys whose state changed. */
	add(events: readonly LogEvent[]): string[] {
		const touched = new Set<string>();
		for (const e of events) {
			if (!this.#index.has(e.item)) continue;
			const list = this.#events.get(e.item) ?? [];
			if (list.some((x) => x.id === e.id)) continue;
			list.push(e);
			this.#events.set(e.item, list);
			touched.add(e.item);
		}
		for (const key of touched) this.#replay(key);
		return [...touched];
	}

	#replay(key: string): void {
		const i = this.#index.get(key)!;
		const item = this.deck.items[i];
		let base = this.#base[i];
		let history = effectiveHistory(this.#events.get(key) ?? [], item.revision, base);
		if (history.dangling && base && this.#fullLog) {
			// An undo/correction of an event older than the cache: replay from the full history.
			const recent = this.#events.get(key) ?? [];
			const all = this.#fullLog().filter((e) => e.item === key);
			const ids = new Set(all.map((e) => e.id));
			const merged = [...all, ...recent.filter((e) => !ids.has(e.id))];
			this.#base[i] = undefined;
			this.#events.set(key, merged);
			base = undefined;
			history = effectiveHistory(merged, item.revision);
		}
		const firstReview = history.forgotten ? undefined : base?.firstReview;
		const before = this.#progress[i]?.firstReview;
		const after = firstReview ?? history.reviews[0]?.event.t;
		if (this.#introduced) {
			const start = this.#introduced.dayStart;
			this.#introduced.count +=
				Number(after !== undefined && after >= start) -
				Number(before !== undefined && before >= start);
		}
		this.#progress[i] = {
			state: replayItem(history, this.#scheduler, base?.state),
			suspended: history.suspended,
			flagged: history.flagged,
			note: history.note,
			firstReview: firstReview ?? history.reviews[0]?.event.t
		};
	}

	/** Progress of an item (new and unsuspended when unknown). */
	progress(key: string): ItemProgress {
		const i = this.#index.get(key);
		return (i !== undefined && this.#progress[i]) || NEW;
	}

	/** Events of an item, in insertion order. */
	events(key: string): readonly LogEvent[] {
		return this.#events.get(key) ?? [];
	}

	/** The item behind a key. */
	item(key: string): ReviewItem | undefined {
		const i = this.#index.get(key);
		return i === undefined ? undefined : this.deck.items[i];
	}

	/** Keys of all items, in deck order. */
	keys(): readonly string[] {
		return this.#keys;
	}

	/** Every item with progress, in deck order, to cache (entries are shared, not copied). */
	snapshot(): StateSnapshot {
		const out = new Map<string, ItemProgress>();
		for (let i = 0; i < this.#keys.length; i++) {
			const p = this.#progress[i];
			if (p) out.set(this.#keys[i], p);
		}
		return out;
	}

	/** Items first answered in the study day containing `now` (O(1) after the first call of a day). */
	newIntroducedToday(now: number, tz: number, dayStartHour: number): number {
		const start = studyDayStart(now, tz, dayStartHour);
		if (this.#introduced?.dayStart !== start) {
			let n = 0;
			for (const p of this.#progress)
				if (p?.firstReview !== undefined && p.firstReview >= start) n++;
			this.#introduced = { dayStart: start, count: n };
		}
		return this.#introduced.count;
	}

	/** Today's queue, optionally limited to a topic. */
	queue(opts: {
		now: number;
		tz: number;
		dayStartHour: number;
		newPerDay: number;
		topic?: string;
	}): DueQueue {
		const entries: QueueEntry[] = [];
		const items = this.deck.items;
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			if (opts.topic && !item.topics.includes(opts.topic)) continue;
			const p = this.#progress[i] ?? NEW;
			entries.push({ key: this.#keys[i], item, state: p.state, suspended: p.suspended });
		}
		const dayEnd = studyDayStart(opts.now, opts.tz, opts.dayStartHour) + 86_400_000;
		const newAllowed =
			opts.newPerDay - this.newIntroducedToday(opts.now, opts.tz, opts.dayStartHour);
		return dueQueue(entries, { now: opts.now, dayEnd, newAllowed });
	}
}
