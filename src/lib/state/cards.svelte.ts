import type { DeckContent } from '$lib/deck/content.ts';
import type { Card, ReviewItem } from '$lib/deck/types.ts';

/**
 * The study page's cards, from a deck's content parts: an item is shown only once its part
 * is loaded (reads re-run when a part arrives), and the next items' parts are prefetched so
 * the card after an answer is already here.
 */
export class StudyCards {
	readonly content: DeckContent;
	#arrived = $state(0);
	/** Why the card on screen could not be loaded, if it could not. */
	failed = $state<string | undefined>();

	constructor(content: DeckContent) {
		this.content = content;
	}

	/** The card of an item, or undefined while its part is loading. */
	of(item: ReviewItem): Card | undefined {
		void this.#arrived;
		return this.content.get(item.cardId);
	}

	/** Resolves once an item's card is loaded or failed to (`follow` then reports the failure). */
	async ready(item: ReviewItem | undefined): Promise<void> {
		if (item) await this.content.load([item.cardId]).catch(() => {});
	}

	/** Loads the card of the item on screen (if missing) and prefetches the next items' cards. */
	follow(current: ReviewItem | undefined, next: ReviewItem[]): void {
		if (current && !this.content.get(current.cardId)) {
			this.failed = undefined;
			this.content.load([current.cardId]).then(
				() => this.#arrived++,
				(e: unknown) => (this.failed = String(e))
			);
		}
		this.content.prefetch(next.map((i) => i.cardId));
	}
}
