import { browser } from '$app/environment';
import { bundledDeckEntries, loadBundledDeck } from '$lib/deck/bundled.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = bundledDeckEntries;
export const load: PageLoad = async ({ params }) => {
	// A new learner's first card is the deck's first: fetch it beside the deck's index, not
	// after it or the progress (returning learners have every part in the offline cache).
	const loaded = await loadBundledDeck(params.id, browser);
	const first = loaded.deck.items[0];
	if (browser && first) loaded.content.prefetch([first.cardId]);
	return loaded;
};
