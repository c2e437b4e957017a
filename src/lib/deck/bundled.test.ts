import { describe, expect, it } from 'vitest';
import { bundledDeckEntries, loadBundledDeck } from './bundled.ts';

describe('bundled decks', () => {
	it('returns nothing for an unknown id (the route raises the 404)', async () => {
		expect(await loadBundledDeck('no-such-deck')).toBeUndefined();
	});

	it('loads every bundled deck by its route entry', async () => {
		for (const { id } of bundledDeckEntries())
			expect((await loadBundledDeck(id))?.deck.id).toBe(id);
	});
});
