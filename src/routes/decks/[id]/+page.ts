import { bundledDeckEntries, loadBundledDeck } from '$lib/deck/bundled.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = bundledDeckEntries;
export const load: PageLoad = ({ params }) => loadBundledDeck(params.id);
