// Not the srs index: home imports this file and must not pull in the scheduler.
import type { DayTotals } from './today.ts';
import { queueBucket } from '../srs/bucket.ts';

/** What home shows for a deck, kept up to date on each answer so home needs no scheduler. */
export interface DeckCounts {
	total: number;
	/** Items never answered. */
	unseen: number;
	/** New items still allowed in the study day starting at `dayStart`. */
	newToday: number;
	/** The daily new-item limit, for days after `dayStart`. */
	newPerDay: number;
	/** Start of the study day the counts were made in. */
	dayStart: number;
	/** Reviews per study day: [start of the study day they fall due in, count], ascending. */
	due: [number, number][];
	/** Learning steps: [due time in epoch minutes, rounded up, count], ascending. */
	learning: [number, number][];
	/** When this summary was made. */
	at: number;
	/** Per topic, as a session of that topic would offer at `at` (the deck page reads these). */
	topics?: Record<string, TopicCounts>;
	/** The deck's totals for the study day of `at` (the "nothing due" screen and home read them). */
	today?: DayTotals;
}

/** One topic's figures for the deck page, worked out when the summary is saved. */
export interface TopicCounts {
	/** Learning steps and reviews due by the end of the study day. */
	due: number;
	/** New items a session of this topic would offer now. */
	new: number;
	/** Items of the topic, and how many were ever answered. */
	total: number;
	seen: number;
}

/** Minimal item view the summary needs (structurally matches srs' ItemProgress). */
export interface SummaryInput {
	state?: { due: number; state: number };
	suspended: boolean;
}

const DAY = 86_400_000;

type Slot = { learn: boolean; at: number } | 'unseen' | 'suspended';

/**
 * Keeps a deck's counts up to date one item at a time, so an answer costs O(1) here and the
 * stored summary stays small (one bucket per study day for reviews).
 */
export class CountsTracker {
	readonly #slots = new Map<string, Slot>();
	readonly #due = new Map<number, number>();
	readonly #learning = new Map<number, number>();
	#unseen = 0;
	readonly #dayStart: number;

	/** The study day the review buckets are anchored to. */
	get dayStart(): number {
		return this.#dayStart;
	}

	/** `dayStart` anchors the study-day grid reviews are bucketed on. */
	constructor(items: Iterable<[string, SummaryInput]>, dayStart: number) {
		this.#dayStart = dayStart;
		for (const [key, p] of items) this.update(key, p);
	}

	#slot(p: SummaryInput): Slot {
		if (p.suspended) return 'suspended';
		if (!p.state) return 'unseen';
		const learn = queueBucket(p.state) === 'learning';
		const at = learn
			? Math.ceil(p.state.due / 60_000)
			: this.#dayStart + Math.floor((p.state.due - this.#dayStart) / DAY) * DAY;
		return { learn, at };
	}

	#move(slot: Slot, by: 1 | -1): void {
		if (slot === 'suspended') return;
		if (slot === 'unseen') {
			this.#unseen += by;
			return;
		}
		const map = slot.learn ? this.#learning : this.#due;
		const n = (map.get(slot.at) ?? 0) + by;
		if (n) map.set(slot.at, n);
		else map.delete(slot.at);
	}

	/** Records an item's new progress. */
	update(key: string, p: SummaryInput): void {
		const old = this.#slots.get(key);
		if (old !== undefined) this.#move(old, -1);
		const slot = this.#slot(p);
		this.#slots.set(key, slot);
		this.#move(slot, 1);
	}

	/** The counts to store, as of `at`. */
	counts(opts: {
		at: number;
		newAllowed: number;
		newPerDay: number;
		topics?: Record<string, TopicCounts>;
		today?: DayTotals;
	}): DeckCounts {
		const sorted = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]);
		return {
			total: this.#slots.size,
			unseen: this.#unseen,
			newToday: Math.max(0, Math.min(this.#unseen, opts.newAllowed)),
			newPerDay: opts.newPerDay,
			dayStart: this.#dayStart,
			due: sorted(this.#due),
			learning: sorted(this.#learning),
			at: opts.at,
			...(opts.topics && { topics: opts.topics }),
			...(opts.today && { today: opts.today })
		};
	}
}

/** Builds a deck's counts from its items' progress in one go. */
export function summarizeCounts(
	items: Iterable<SummaryInput>,
	opts: { at: number; dayStart: number; newAllowed: number; newPerDay: number }
): DeckCounts {
	let i = 0;
	const keyed = (function* () {
		for (const p of items) yield [String(i++), p] as [string, SummaryInput];
	})();
	return new CountsTracker(keyed, opts.dayStart).counts(opts);
}

/** Start of the study day containing `now`, on the summary's study-day grid. */
export function dayStartAt(counts: DeckCounts, now: number): number {
	return counts.dayStart + Math.floor((now - counts.dayStart) / DAY) * DAY;
}

/** End of the study day containing `now`. */
export function dayEndAt(counts: DeckCounts, now: number): number {
	return dayStartAt(counts, now) + DAY;
}

/** What home shows: reviews due today, learning steps due now, new items left today. */
export function homeCounts(
	counts: DeckCounts,
	now: number
): { due: number; learning: number; new: number } {
	const today = dayStartAt(counts, now);
	let due = 0;
	for (const [start, c] of counts.due) if (start <= today) due += c;
	let learning = 0;
	for (const [m, c] of counts.learning) if (m * 60_000 <= now) learning += c;
	const sameDay = today === counts.dayStart;
	return {
		due,
		learning,
		new: sameDay ? counts.newToday : Math.min(counts.unseen, counts.newPerDay)
	};
}
