import type { Card, ReviewItem } from '$lib/deck/index.ts';
import { itemKey } from '$lib/log/index.ts';
import { presentationSeed } from '$lib/quiz/shuffle.ts';
import type { CheckedAnswer, ItemSession } from './study.svelte.ts';

/**
 * An item on screen without its session: a new learner's prerendered first card until the
 * session opens, or the queue's next card, rendered hidden ahead of the answer that shows it.
 * Nothing can be answered here (the page renders it inert or hidden).
 */
export class ItemPreview implements ItemSession {
	readonly current: ReviewItem;
	readonly card: Card;
	readonly revealed = false;
	/** The order a first showing gets (no reviews yet), so the session shows the same one. */
	readonly seed: string;
	readonly checked: CheckedAnswer | undefined = undefined;
	readonly outcomes = undefined;
	/** `seed`: the order the session will show (default: a first showing, no reviews yet). */
	constructor(deckId: string, item: ReviewItem, card: Card, seed?: string) {
		this.current = item;
		this.card = card;
		this.seed = seed ?? presentationSeed(itemKey(deckId, item.id), 0);
	}

	reveal(): void {}
	rate(): void {}
	check(): void {}
	correct(): void {}
	next(): void {}
}

let firstDecision = true;

/**
 * Whether the study page may show the prerendered first card: only as the page a browser
 * loaded, on the verdict of src/app.html's inline script (`data-visit`, taken before any app
 * code wrote to storage, and the one the page's CSS applies). After a client-side navigation
 * the scripts are running already, so the session itself comes within milliseconds.
 */
export function mayShowFirstCard(): boolean {
	const first = firstDecision;
	firstDecision = false;
	return first && document.documentElement.getAttribute('data-visit') === 'first';
}
