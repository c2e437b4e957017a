import type { Card, ReviewItem } from '$lib/deck/index.ts';
import { browserStorage } from '$lib/storage/browser.ts';
import { isFirstVisit } from '$lib/storage/first-visit.ts';
import type { CheckedAnswer, ItemSession } from './study.svelte.ts';

/**
 * A new learner's first card, prerendered into the study page and shown until the session
 * opens (a few milliseconds after the scripts run, for a learner with nothing to replay).
 * Nothing can be answered here; a "Show answer" pressed meanwhile is kept for the session.
 */
export class FirstCardPreview implements ItemSession {
	readonly current: ReviewItem;
	readonly card: Card;
	readonly revealed = false;
	readonly checked: CheckedAnswer | undefined = undefined;
	readonly outcomes = undefined;
	/** Whether "Show answer" was pressed before the session was ready. */
	wantsReveal = false;

	constructor(item: ReviewItem, card: Card) {
		this.current = item;
		this.card = card;
	}

	reveal(): void {
		this.wantsReveal = true;
	}
	rate(): void {}
	check(): void {}
	correct(): void {}
	next(): void {}
}

let firstDecision = true;

/**
 * Whether this visit may show the prerendered first card. The first time in a page load it
 * follows the inline script's verdict (`data-visit`, taken before any app code wrote to
 * storage, and the one the page's CSS applies); after a client-side navigation, or where the
 * script did not run, the same rule on storage.
 */
export function mayShowFirstCard(): boolean {
	const verdict = document.documentElement.getAttribute('data-visit');
	if (firstDecision && verdict) {
		firstDecision = false;
		return verdict === 'first';
	}
	firstDecision = false;
	return isFirstVisit(browserStorage().kv, location.hash);
}
