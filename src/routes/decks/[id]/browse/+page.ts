import { error } from '@sveltejs/kit';
import { bundledDeckEntries, loadBundledDeck } from '$lib/deck/bundled.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = bundledDeckEntries;
// The deck's index only: the browser loads the card parts once its progress is open.
export const load: PageLoad = async ({ params }) =>
	(await loadBundledDeck(params.id)) ?? error(404, 'No such deck');
