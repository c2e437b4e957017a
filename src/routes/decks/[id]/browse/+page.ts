import { bundledDeckEntries, loadBundledDeck } from '$lib/deck/bundled.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = bundledDeckEntries;
// The deck's index only: the browser loads the card parts once its progress is open.
export const load: PageLoad = ({ params }) => loadBundledDeck(params.id);
