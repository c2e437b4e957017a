import type { ReviewItem } from '../deck/index.ts';
import type { ItemState } from './item-state.ts';
import { queueBucket } from './bucket.ts';

/** Everything the queue needs to know about one item. */
export interface QueueEntry {
	key: string;
	item: ReviewItem;
	/** Only due time and phase matter here, so callers need not build full states. */
	state: Pick<ItemState, 'due' | 'state'> | undefined;
	suspended: boolean;
}

/** Today's queue: what to show now, and when the next learning step falls due. */
export interface DueQueue {
	keys: string[];
	learningLater?: number;
	counts: { learning: number; review: number; new: number };
}

/** Options of {@link dueQueue}. */
export interface QueueOptions {
	now: number;
	/** Start of the next study day; reviews due before it count as due today. */
	dayEnd: number;
	/** New items that may still be introduced today. */
	newAllowed: number;
	/** How far ahead learning steps may be shown when nothing else is due (Anki's 20 min). */
	learnAheadMs?: number;
	/** Cards with an item first answered today (see {@link NewItemRule}). */
	introducedCards?: ReadonlySet<string>;
}

/**
 * Today's rule for new items, the one home of it: at most `newAllowed` a day, in deck order; a
 * new vignette comes whole (its later steps follow past the limit); and one new item per card
 * a day, as Anki buries new siblings — a cloze card's second gap would show the first gap's
 * answer in its text, so it waits for another day.
 */
export class NewItemRule {
	#left: number;
	readonly #introduced: ReadonlySet<string>;
	readonly #offered = new Set<string>();
	readonly #cases = new Set<string>();

	/** `introduced`: cards with an item first answered today (their new siblings wait). */
	constructor(newAllowed: number, introduced: ReadonlySet<string> = new Set()) {
		this.#left = newAllowed;
		this.#introduced = introduced;
	}

	/** Whether a new item is offered today; ask in deck order, once per item. */
	offers(item: Pick<ReviewItem, 'kind' | 'cardId'>): boolean {
		const vignette = item.kind === 'vignette';
		if (vignette && this.#cases.has(item.cardId)) return true;
		if (this.#left <= 0) return false;
		if (!vignette) {
			if (this.#introduced.has(item.cardId) || this.#offered.has(item.cardId)) return false;
			this.#offered.add(item.cardId);
		} else this.#cases.add(item.cardId);
		this.#left--;
		return true;
	}
}

const isLearning = (s: Pick<ItemState, 'state'>) => queueBucket(s) === 'learning';

/**
 * Orders today's items: learning steps due now, then unfinished vignettes (so a case
 * resumes where it stopped), then reviews by due date, then new items in deck order ({@link NewItemRule}).
 * Steps of one vignette stay together and in order. Runs in O(n log n) over the deck.
 */
export function dueQueue(entries: readonly QueueEntry[], opts: QueueOptions): DueQueue {
	const learnAhead = opts.learnAheadMs ?? 20 * 60_000;
	const learning: QueueEntry[] = [];
	const reviews: QueueEntry[] = [];
	const fresh: QueueEntry[] = [];
	const later: QueueEntry[] = [];
	const startedCases = new Set<string>();
	for (const e of entries)
		if (e.item.kind === 'vignette' && e.state) startedCases.add(e.item.cardId);
	const continuing: QueueEntry[] = [];
	const newItems = new NewItemRule(opts.newAllowed, opts.introducedCards);
	for (const e of entries) {
		if (e.suspended) continue;
		const s = e.state;
		if (!s) {
			if (e.item.kind === 'vignette' && startedCases.has(e.item.cardId)) continuing.push(e);
			else if (newItems.offers(e.item)) fresh.push(e);
		} else if (isLearning(s)) {
			if (s.due <= opts.now) learning.push(e);
			else if (s.due < opts.dayEnd) later.push(e);
		} else if (s.due < opts.dayEnd) reviews.push(e);
	}
	learning.sort((a, b) => a.state!.due - b.state!.due);
	reviews.sort((a, b) => a.state!.due - b.state!.due);
	later.sort((a, b) => a.state!.due - b.state!.due);
	let ordered = [...learning, ...continuing, ...reviews, ...fresh];
	const learningCount = learning.length + later.length;
	if (!ordered.length && later.length && later[0].state!.due <= opts.now + learnAhead)
		ordered = [later.shift()!];
	return {
		keys: keepCasesTogether(ordered).map((e) => e.key),
		learningLater: later[0]?.state?.due,
		counts: {
			learning: learningCount,
			review: reviews.length,
			new: fresh.length + continuing.length
		}
	};
}

/** Moves every queued step of a vignette next to its first queued step, in step order. */
function keepCasesTogether(entries: QueueEntry[]): QueueEntry[] {
	const byCase = new Map<string, QueueEntry[]>();
	for (const e of entries)
		if (e.item.kind === 'vignette') {
			const list = byCase.get(e.item.cardId) ?? [];
			list.push(e);
			byCase.set(e.item.cardId, list);
		}
	if (!byCase.size) return entries;
	const out: QueueEntry[] = [];
	const placed = new Set<string>();
	for (const e of entries) {
		if (e.item.kind !== 'vignette') out.push(e);
		else if (!placed.has(e.item.cardId)) {
			placed.add(e.item.cardId);
			out.push(
				...byCase.get(e.item.cardId)!.sort((a, b) => (a.item.part ?? 0) - (b.item.part ?? 0))
			);
		}
	}
	return out;
}
