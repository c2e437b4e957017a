declare module 'virtual:casedeck/catalog' {
	import type { DeckIndex, DeckPart, DeckSummaryInfo } from '$lib/deck';
	/** Listing of every bundled deck. */
	export const catalog: DeckSummaryInfo[];
	/** Lazy loaders of each bundled deck's index and, from it, of its content parts, by id. */
	export const loaders: Record<
		string,
		() => Promise<{ default: DeckIndex; parts: (() => Promise<{ default: DeckPart }>)[] }>
	>;
	/** Lazy loaders of each bundled deck's first content part (its first card's), by id. */
	export const firstParts: Record<string, () => Promise<{ default: DeckPart }>>;
}
