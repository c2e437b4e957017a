import { error } from '@sveltejs/kit';
import { bundledDeckEntries, loadBundledDeck } from '$lib/deck/bundled.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = bundledDeckEntries;
// A new learner's first card is the deck's first: prerendered into the page, and on the client
// fetched beside the deck's index, not after it or the progress (returning learners have every
// part in the offline cache).
export const load: PageLoad = async ({ params }) =>
	(await loadBundledDeck(params.id, true)) ?? error(404, 'No such deck');
