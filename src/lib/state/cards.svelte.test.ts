import { describe, expect, it } from 'vitest';
import { DeckContent } from '$lib/deck/content.ts';
import { splitDeck } from '$lib/deck/split.ts';
import { testDeck } from '../../../tests/unit/fixtures.ts';
import { StudyCards } from './cards.svelte.ts';

/** The test deck, one card per part; parts in `broken` fail to load. */
function setup(broken = new Set<number>()) {
	const deck = testDeck();
	const { index, parts } = splitDeck(deck, 0);
	const asked: number[] = [];
	const content = new DeckContent(index, async (n) => {
		asked.push(n);
		if (broken.has(n)) throw new Error(`part ${n} is missing`);
		return parts[n];
	});
	const item = (id: string) => deck.items.find((i) => i.id === id)!;
	return { cards: new StudyCards(content), asked, item };
}

describe('StudyCards', () => {
	it('loads the shown card and prefetches the next ones', async () => {
		const { cards, asked, item } = setup();
		expect(cards.of(item('a'))).toBeUndefined();
		cards.follow(item('a'), [item('cz::c1'), item('cz::c2')]);
		await cards.ready(item('a'));
		await cards.ready(item('cz::c1'));
		expect(cards.of(item('a'))?.id).toBe('a');
		expect(cards.of(item('cz::c2'))?.id).toBe('cz');
		expect(asked.sort()).toEqual([0, 2]);
	});

	it('says why the shown card could not load, and tries again', async () => {
		const broken = new Set([1]);
		const { cards, item } = setup(broken);
		cards.follow(item('b'), []);
		await cards.ready(item('b'));
		await Promise.resolve();
		expect(cards.failed).toMatch(/part 1 is missing/);
		broken.clear();
		cards.follow(item('b'), []);
		expect(cards.failed).toBeUndefined();
		await cards.ready(item('b'));
		expect(cards.of(item('b'))?.id).toBe('b');
	});
});
