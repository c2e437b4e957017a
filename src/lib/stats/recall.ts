import type { ReviewItem } from '../deck/index.ts';
import type { ItemState, Scheduler } from '../srs/index.ts';

/** Predicted recall of a set of items: the mean FSRS retrievability, unseen items counted as 0. */
export interface RecallFigure {
	/** Items in the set. */
	items: number;
	/** Items answered at least once (a state other than new). */
	seen: number;
	/** Mean probability of recall at the chosen time, 0–1. */
	recall: number;
}

/** Predicted recall per topic and overall. */
export interface RecallByTopic {
	overall: RecallFigure;
	byTopic: Map<string, RecallFigure>;
}

/**
 * Predicted recall at time `at` with no further reviews ("if you stop today"): each item's
 * retrievability then, unseen items as 0. An item with several topics counts in each.
 */
export function predictedRecall(
	items: readonly ReviewItem[],
	stateOf: (itemId: string) => ItemState | undefined,
	at: number,
	scheduler: Scheduler
): RecallByTopic {
	const sums = new Map<string, { items: number; seen: number; sum: number }>();
	const all = { items: 0, seen: 0, sum: 0 };
	for (const item of items) {
		const r = scheduler.retrievability(stateOf(item.id), at);
		for (const acc of [all, ...item.topics.map((t) => topicSum(sums, t))]) {
			acc.items++;
			if (r !== undefined) {
				acc.seen++;
				acc.sum += r;
			}
		}
	}
	const figure = (a: { items: number; seen: number; sum: number }): RecallFigure => ({
		items: a.items,
		seen: a.seen,
		recall: a.items ? a.sum / a.items : 0
	});
	return {
		overall: figure(all),
		byTopic: new Map([...sums].map(([topic, a]) => [topic, figure(a)]))
	};
}

function topicSum(sums: Map<string, { items: number; seen: number; sum: number }>, topic: string) {
	let acc = sums.get(topic);
	if (!acc) sums.set(topic, (acc = { items: 0, seen: 0, sum: 0 }));
	return acc;
}
