import { beforeAll, describe, expect, it } from 'vitest';
import { testDeck } from '../../../tests/unit/fixtures.ts';
import { loadDeckFile } from './build.ts';
import { citedBy, joinDeck, PART_CHARS, splitDeck } from './split.ts';
import type { CompiledDeck } from './types.ts';
import { itemsHash } from './items-hash.ts';
import { progressCacheKey } from '../srs/cache-key.ts';

let real: CompiledDeck;
beforeAll(() => {
	const r = loadDeckFile('decks/bkp-cement-leakage.yaml');
	if (!r.ok) throw new Error('deck did not load');
	real = r.deck;
});

const chars = (x: unknown) => JSON.stringify(x).length;

describe('splitDeck', () => {
	it('re-joins into exactly the deck it split, at any part size', () => {
		for (const deck of [real, testDeck()])
			for (const max of [0, 1_000, 3_000, PART_CHARS, 20_000, Infinity]) {
				const { index, parts } = splitDeck(structuredClone(deck), max);
				expect(joinDeck(index, parts), `max ${max}`).toEqual(deck);
			}
	});

	it('keeps parts within the limit and fills each before starting the next', () => {
		for (const max of [2_000, PART_CHARS, 12_000]) {
			const { parts } = splitDeck(real, max);
			expect(parts.length).toBeGreaterThan(1);
			parts.forEach((p, i) => {
				if (p.cards.length > 1) expect(chars(p), `part ${i}`).toBeLessThanOrEqual(max);
				const next = parts[i + 1]?.cards[0];
				if (next) {
					const grown = { cards: [...p.cards, next], sources: { ...p.sources } };
					for (const k of citedBy(next)) grown.sources[k] = real.sources[k];
					expect(chars(grown), `part ${i} could hold ${next.id}`).toBeGreaterThan(max);
				}
			});
		}
	});

	it('gives each part every source its cards cite, and no other', () => {
		for (const p of splitDeck(real).parts)
			expect(Object.keys(p.sources).sort()).toEqual([...new Set(p.cards.flatMap(citedBy))].sort());
	});

	it('indexes where each part starts, without card content', () => {
		const { index, parts } = splitDeck(real);
		expect(index.parts).toHaveLength(parts.length);
		parts.forEach((p, i) => expect(real.items[index.parts[i]].cardId).toBe(p.cards[0].id));
		expect(index).not.toHaveProperty('cards');
		expect(index).not.toHaveProperty('sources');
		expect(index.items).toEqual(real.items);
		expect(index.paper?.kind).toBe('paper');
		expect(chars(index)).toBeLessThan(chars(real) / 4);
	});

	it('keeps sources no card cites, in the first part', () => {
		const deck = testDeck();
		const spare = {
			key: 'spare',
			kind: 'background' as const,
			citation: 'x',
			grade: 'Low' as const
		};
		deck.sources.spare = spare;
		const { index, parts } = splitDeck(deck, 0);
		expect(parts[0].sources.spare).toEqual(spare);
		expect(joinDeck(index, parts)).toEqual(deck);
	});

	it('refuses items that are not in card order', () => {
		const deck = testDeck();
		deck.items.reverse();
		expect(() => splitDeck(deck)).toThrow(/card order/);
	});
});

describe('itemsHash in the index', () => {
	it('is worked out at build time and gives the same cache key as computing it', () => {
		const deck = testDeck();
		const { index } = splitDeck(deck);
		expect(index.itemsHash).toBe(itemsHash(deck.items));
		const st = { retention: 0.9, dayStartHour: 4, fuzz: true };
		expect(progressCacheKey(st, index)).toBe(progressCacheKey(st, { items: deck.items }));
	});
});
