import type { Card, ReviewItem } from '$lib/deck/index.ts';
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
	readonly checked: CheckedAnswer | undefined = undefined;
	readonly outcomes = undefined;
	constructor(item: ReviewItem, card: Card) {
		this.current = item;
		this.card = card;
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
