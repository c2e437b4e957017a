import { describe, expect, it } from 'vitest';
import { testDeck } from '../../../tests/unit/fixtures.ts';
import { DeckContent } from './content.ts';
import { splitDeck } from './split.ts';
import type { DeckPart } from './types.ts';

/** The test deck, one card per part, with a loader that records what it was asked for. */
function setup(fail = new Set<number>()) {
	const deck = testDeck();
	const { index, parts } = splitDeck(deck, 0);
	const asked: number[] = [];
	const content = new DeckContent(index, async (n): Promise<DeckPart> => {
		asked.push(n);
		if (fail.has(n)) throw new Error(`part ${n} failed`);
		return parts[n];
	});
	return { deck, parts, asked, content };
}

describe('DeckContent', () => {
	it('loads only the parts holding the asked cards, each once', async () => {
		const { deck, asked, content } = setup();
		expect(content.get('cz')).toBeUndefined();
		expect(content.partOf('cz')).toBe(2);
		await Promise.all([content.load(['cz']), content.load(['cz', 'a'])]);
		expect(asked.sort()).toEqual([0, 2]);
		expect(content.get('cz')).toEqual(deck.cards.find((c) => c.id === 'cz'));
		expect(content.get('b')).toBeUndefined();
		await content.load(['cz', 'a', 'nope']);
		expect(asked).toHaveLength(2);
		expect(content.sources).toEqual(deck.sources);
	});

	it('prefetches quietly and retries a part that failed', async () => {
		const fail = new Set([1]);
		const { asked, content } = setup(fail);
		content.prefetch(['b']);
		await expect(content.load(['b'])).rejects.toThrow('part 1 failed');
		fail.clear();
		await content.load(['b']);
		expect(content.get('b')?.id).toBe('b');
		expect(asked.filter((n) => n === 1).length).toBeGreaterThanOrEqual(2);
	});
});
