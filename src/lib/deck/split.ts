// Splits a compiled deck into a small index and content parts that are loaded on demand (see
// vite-plugin.ts and content.ts), so the study page fetches only the cards it shows.
import { itemsHash } from './items-hash.ts';
import type { Card, CompiledDeck, Deck, DeckIndex, DeckPart, Source } from './types.ts';

/**
 * Most characters of JSON in one content part, unless one card alone is bigger. 8,000 is 5–15
 * cards of a real deck, about 2.5 KB gzip: the first load carries one small part, and a
 * session asks for a new part every few minutes (prefetched, so never waited for).
 */
export const PART_CHARS = 8_000;

/** Keys of the sources a card cites, its vignette steps' included. */
export function citedBy(card: Card): string[] {
	const refs = card.kind === 'vignette' ? [card, ...card.steps] : [card];
	return refs.flatMap((r) => r.sources.map((s) => s.ref));
}

/** `{"cards":[],"sources":{}}`: a part's characters besides its cards and sources. */
const EMPTY_PART = JSON.stringify({ cards: [], sources: {} }).length;

/** A part being filled, with the exact length of its JSON so far. */
interface Group {
	cards: Card[];
	keys: Set<string>;
	chars: number;
}

/**
 * Splits a deck into its index and content parts of at most `maxChars` of JSON each (a card
 * bigger than that gets a part of its own). Parts hold whole cards in deck order and every
 * source their cards cite; sources no card cites go in the first part, so nothing is lost.
 */
export function splitDeck(
	deck: CompiledDeck,
	maxChars = PART_CHARS
): { index: DeckIndex; parts: DeckPart[] } {
	const { sources, cards, ...rest } = deck;
	const entry = new Map(
		Object.entries(sources).map(([k, v]) => [
			k,
			JSON.stringify(k).length + 1 + JSON.stringify(v).length
		])
	);
	/** Characters that adding `card` (and the sources it cites new to `g`) adds to `g`. */
	const growth = (g: Group, cardChars: number, keys: string[]) => {
		let n = cardChars + (g.cards.length ? 1 : 0);
		let count = g.keys.size;
		for (const k of keys) if (!g.keys.has(k)) n += (count++ ? 1 : 0) + entry.get(k)!;
		return n;
	};
	const cited = new Set(cards.flatMap(citedBy));
	const groups: Group[] = [];
	const starts: number[] = [];
	let item = 0;
	for (const card of cards) {
		const chars = JSON.stringify(card).length;
		const keys = [...new Set(citedBy(card))].filter((k) => entry.has(k));
		let g = groups.at(-1);
		if (!g || (g.cards.length && g.chars + growth(g, chars, keys) > maxChars)) {
			g = { cards: [], keys: new Set(), chars: EMPTY_PART };
			if (!groups.length) {
				const uncited = [...entry.keys()].filter((k) => !cited.has(k));
				g.chars += growth(g, 0, uncited); // no card yet: only the sources' characters
				for (const k of uncited) g.keys.add(k);
			}
			groups.push(g);
			starts.push(item);
		}
		g.chars += growth(g, chars, keys);
		g.cards.push(card);
		for (const k of keys) g.keys.add(k);
		const first = item;
		while (deck.items[item]?.cardId === card.id) item++;
		if (item === first) throw new Error(`items of card "${card.id}" are not in card order`);
	}
	if (item !== deck.items.length) throw new Error('items are not in card order');
	const parts = groups.map((g) => ({
		cards: g.cards,
		sources: Object.fromEntries(Object.entries(sources).filter(([k]) => g.keys.has(k)))
	}));
	const paper = Object.values(sources).find((s) => s.kind === 'paper');
	const index = {
		...rest,
		itemsHash: itemsHash(rest.items),
		...(paper && { paper }),
		parts: starts
	};
	return { index, parts };
}

/** Puts a split deck back together (the inverse of splitDeck, up to key order). */
export function joinDeck(index: DeckIndex, parts: DeckPart[]): CompiledDeck {
	const deck: Partial<DeckIndex> = { ...index };
	delete deck.paper;
	delete deck.parts;
	delete deck.itemsHash;
	const sources: Record<string, Source> = {};
	for (const p of parts) Object.assign(sources, p.sources);
	return { ...(deck as Deck), sources, cards: parts.flatMap((p) => p.cards) };
}
