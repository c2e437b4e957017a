import { error } from '@sveltejs/kit';
import { bundledDeckEntries, loadBundledDeck } from '$lib/deck/bundled.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = bundledDeckEntries;
export const load: PageLoad = async ({ params }) =>
	(await loadBundledDeck(params.id)) ?? error(404, 'No such deck');
