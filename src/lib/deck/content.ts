// Card content of a split deck (see split.ts), loaded part by part as the study page needs it.
import type { Card, DeckIndex, DeckPart, Source } from './types.ts';

/** Loads content part `n` of a deck (a bundled deck's lazily imported chunk). */
export type PartLoader = (n: number) => Promise<DeckPart>;

/**
 * A deck's cards and sources, loaded and kept part by part: `get` answers at once for cards
 * of loaded parts; `load` fetches the parts holding some cards (each part once).
 */
export class DeckContent {
	readonly #partOf = new Map<string, number>();
	readonly #cards = new Map<string, Card>();
	readonly #loading = new Map<number, Promise<void>>();
	readonly #load: PartLoader;
	/** Sources cited by the cards of the loaded parts, by key. */
	readonly sources: Record<string, Source> = {};

	constructor(index: Pick<DeckIndex, 'items' | 'parts'>, load: PartLoader) {
		this.#load = load;
		index.parts.forEach((start, p) => {
			const end = index.parts[p + 1] ?? index.items.length;
			for (let i = start; i < end; i++) this.#partOf.set(index.items[i].cardId, p);
		});
	}

	/** The card with this id, if its part is loaded. */
	get(cardId: string): Card | undefined {
		return this.#cards.get(cardId);
	}

	/** Number of the part holding a card (undefined for a card the deck does not have). */
	partOf(cardId: string): number | undefined {
		return this.#partOf.get(cardId);
	}

	/** Loads the parts holding these cards; a failed part is tried again on the next call. */
	async load(cardIds: string[]): Promise<void> {
		const parts = new Set<number>();
		for (const id of cardIds) {
			const p = this.#partOf.get(id);
			if (p !== undefined && !this.#cards.has(id)) parts.add(p);
		}
		await Promise.all([...parts].map((p) => this.#part(p)));
	}

	/** Starts loading the parts of cards shown soon; a failure waits for `load` to retry. */
	prefetch(cardIds: string[]): void {
		this.load(cardIds).catch(() => {});
	}

	#part(p: number): Promise<void> {
		let pending = this.#loading.get(p);
		if (!pending) {
			pending = this.#load(p).then(
				(part) => this.#add(part),
				(err: unknown) => {
					this.#loading.delete(p);
					throw err;
				}
			);
			this.#loading.set(p, pending);
		}
		return pending;
	}

	#add(part: DeckPart): void {
		for (const c of part.cards) this.#cards.set(c.id, c);
		Object.assign(this.sources, part.sources);
	}
}
