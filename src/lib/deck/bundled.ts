// The decks bundled at build time (see vite-plugin.ts); client-side, beside the deck domain.
import { catalog } from 'virtual:casedeck/catalog';
import { DeckContent } from './content.ts';
import type { Card, DeckIndex, ReviewItem } from './types.ts';

/** Route entries: one prerendered page per bundled deck. */
export const bundledDeckEntries = () => catalog.map((d) => ({ id: d.id }));

/** A deck's first item with its card: what a new learner is shown first. */
export interface FirstCard {
	item: ReviewItem;
	card: Card;
}

/** A loaded bundled deck: its index, its content (parts load on demand), maybe its first card. */
export interface BundledDeck {
	deck: DeckIndex;
	content: DeckContent;
	first?: FirstCard;
}

/**
 * Loads a bundled deck's index chunk (undefined for an unknown id: the route raises the 404,
 * so the deck domain knows nothing of Kit), with its card content,
 * which loads its parts' chunks only when asked. With `withFirstCard`, the deck's first card
 * is loaded too (its part fetched beside the index, not after it), so the study page can be
 * prerendered — and hydrated — with a new learner's first card; a part that cannot load
 * leaves `first` out.
 */
export async function loadBundledDeck(
	id: string,
	withFirstCard = false
): Promise<BundledDeck | undefined> {
	const { loaders, firstParts } = await import('virtual:casedeck/catalog');
	const loader = loaders[id];
	if (!loader) return undefined;
	// The same module as the index's `parts[0]`: the browser fetches it once.
	if (withFirstCard) firstParts[id]?.().catch(() => {});
	const { default: deck, parts } = await loader();
	const content = new DeckContent(deck, async (n) => {
		const part = parts[n];
		if (!part) throw new Error(`deck "${id}" has no content part ${n}`);
		return (await part()).default;
	});
	const item = deck.items[0];
	if (!withFirstCard || !item) return { deck, content };
	await content.load([item.cardId]).catch(() => {});
	const card = content.get(item.cardId);
	return { deck, content, first: card && { item, card } };
}
