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

/** Cached states of a deck's items: what the log said up to a known position. */
export type StateSnapshot = Record<string, ItemProgress>;

/**
 * One deck's progress: events grouped by item and the states they replay to. Adding an
 * event replays only its item, so an answer never costs a full replay.
 */
export class DeckProgress {
	readonly deck: Deck;
	readonly #scheduler: Scheduler;
	readonly #items = new Map<string, ReviewItem>();
	readonly #events = new Map<string, LogEvent[]>();
	readonly #progress = new Map<string, ItemProgress>();

	constructor(deck: Deck, scheduler: Scheduler) {
		this.deck = deck;
		this.#scheduler = scheduler;
		for (const item of deck.items) this.#items.set(itemKey(deck.id, item.id), item);
	}

	/** Loads events; items in `snapshot` are trusted, the rest are replayed. */
	load(events: Iterable<LogEvent>, snapshot?: StateSnapshot, stale?: Set<string>): void {
		for (const key of this.#prepare(events, snapshot, stale)) this.#replay(key);
	}

	/**
	 * Like {@link load}, but replays in slices and awaits `pause()` between them, so a full
	 * replay (after an import or a settings change) never freezes the page.
	 */
	async loadInSlices(
		events: Iterable<LogEvent>,
		snapshot: StateSnapshot | undefined,
		stale: Set<string> | undefined,
		pause: () => Promise<void>,
		sliceMs = 8
	): Promise<void> {
		let start = performance.now();
		for (const key of this.#prepare(events, snapshot, stale)) {
			this.#replay(key);
			if (performance.now() - start > sliceMs) {
				await pause();
				start = performance.now();
			}
		}
	}

	/** Groups events by item, takes trusted snapshot entries, and lists the items to replay. */
	#prepare(events: Iterable<LogEvent>, snapshot?: StateSnapshot, stale?: Set<string>): string[] {
		for (const e of events) {
			if (!this.#items.has(e.item)) continue; // items removed from the deck keep their log
			const list = this.#events.get(e.item);
			if (list) list.push(e);
			else this.#events.set(e.item, [e]);
		}
		const todo: string[] = [];
		for (const key of this.#items.keys()) {
			const cached = snapshot?.[key];
			if (cached && !stale?.has(key)) this.#progress.set(key, cached);
			else if (this.#events.has(key)) todo.push(key);
			else this.#progress.delete(key); // never answered: new
		}
		return todo;
	}

	/** Adds events (own answers or another tab's); returns the item keys whose state changed. */
	add(events: readonly LogEvent[]): string[] {
		const touched = new Set<string>();
		for (const e of events) {
			if (!this.#items.has(e.item)) continue;
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
		const item = this.#items.get(key)!;
		const history = effectiveHistory(this.#events.get(key) ?? [], item.revision);
		this.#progress.set(key, {
			state: replayItem(history, this.#scheduler),
			suspended: history.suspended,
			flagged: history.flagged,
			note: history.note,
			firstReview: history.reviews[0]?.event.t
		});
	}

	/** Progress of an item (new and unsuspended when unknown). */
	progress(key: string): ItemProgress {
		return this.#progress.get(key) ?? { state: undefined, suspended: false, flagged: false };
	}

	/** Events of an item, in insertion order. */
	events(key: string): readonly LogEvent[] {
		return this.#events.get(key) ?? [];
	}

	/** The item behind a key. */
	item(key: string): ReviewItem | undefined {
		return this.#items.get(key);
	}

	/** Keys of all items, in deck order. */
	keys(): string[] {
		return [...this.#items.keys()];
	}

	/** A copy of every item's progress, to cache. */
	snapshot(): StateSnapshot {
		return Object.fromEntries(this.#progress);
	}

	/** Items first answered in the study day containing `now`. */
	newIntroducedToday(now: number, tz: number, dayStartHour: number): number {
		const start = studyDayStart(now, tz, dayStartHour);
		let n = 0;
		for (const p of this.#progress.values())
			if (p.firstReview !== undefined && p.firstReview >= start) n++;
		return n;
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
		for (const [key, item] of this.#items) {
			if (opts.topic && !item.topics.includes(opts.topic)) continue;
			const p = this.progress(key);
			entries.push({ key, item, state: p.state, suspended: p.suspended });
		}
		const dayEnd = studyDayStart(opts.now, opts.tz, opts.dayStartHour) + 86_400_000;
		const newAllowed =
			opts.newPerDay - this.newIntroducedToday(opts.now, opts.tz, opts.dayStartHour);
		return dueQueue(entries, { now: opts.now, dayEnd, newAllowed });
	}
}
