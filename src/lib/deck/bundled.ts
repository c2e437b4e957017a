// The decks bundled at build time (see vite-plugin.ts); client-side, beside the deck domain.
import { error } from '@sveltejs/kit';
import { catalog } from 'virtual:casedeck/catalog';
import { DeckContent } from './content.ts';
import type { DeckIndex } from './types.ts';

/** Route entries: one prerendered page per bundled deck. */
export const bundledDeckEntries = () => catalog.map((d) => ({ id: d.id }));

/**
 * Loads a bundled deck's index chunk (a 404 for an unknown id), with its card content,
 * which loads its parts' chunks only when asked. With `withFirstCard`, the part holding the
 * deck's first card is fetched beside the index rather than after it.
 */
export async function loadBundledDeck(
	id: string,
	withFirstCard = false
): Promise<{ deck: DeckIndex; content: DeckContent }> {
	const { loaders, firstParts } = await import('virtual:casedeck/catalog');
	const loader = loaders[id];
	if (!loader) error(404, 'No such deck');
	// The same module as the index's `parts[0]`: the browser fetches it once.
	if (withFirstCard) firstParts[id]?.().catch(() => {});
	const { default: deck, parts } = await loader();
	const content = new DeckContent(deck, async (n) => {
		const part = parts[n];
		if (!part) throw new Error(`deck "${id}" has no content part ${n}`);
		return (await part()).default;
	});
	// Taken up by the content too, so the card waits on this one fetch, not a second.
	const first = deck.items[0];
	if (withFirstCard && first) content.prefetch([first.cardId]);
	return { deck, content };
}
