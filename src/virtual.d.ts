declare module 'virtual:casedeck/catalog' {
	import type { Deck, DeckSummaryInfo } from '$lib/deck';
	/** Listing of every bundled deck. */
	export const catalog: DeckSummaryInfo[];
	/** Lazy loaders of each bundled deck, by id. */
	export const loaders: Record<string, () => Promise<{ default: Deck }>>;
}
