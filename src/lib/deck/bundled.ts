// The decks bundled at build time (see vite-plugin.ts); client-side, beside the deck domain.
import { error } from '@sveltejs/kit';
import { catalog } from 'virtual:casedeck/catalog';
import type { Deck } from './types.ts';

/** Route entries: one prerendered page per bundled deck. */
export const bundledDeckEntries = () => catalog.map((d) => ({ id: d.id }));

/** Loads a bundled deck's chunk; a 404 for an unknown id. */
export async function loadBundledDeck(id: string): Promise<{ deck: Deck }> {
	const { loaders } = await import('virtual:casedeck/catalog');
	const loader = loaders[id];
	if (!loader) error(404, 'No such deck');
	return { deck: (await loader()).default };
}
