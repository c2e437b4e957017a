import { describe, expect, it } from 'vitest';
import { testDeck } from '../../../tests/unit/fixtures.ts';
import { itemText, plainText } from './item-text.ts';

describe('itemText', () => {
	const deck = testDeck();
	const cards = new Map(deck.cards.map((c) => [c.id, c]));

	it('gives prompt and answer as plain text for each kind', () => {
		expect(itemText(deck, cards, 'a')).toEqual({ prompt: 'A?', answer: 'A' });
		expect(itemText(deck, cards, 'cz::c2')).toEqual({ prompt: 'x […]', answer: 'x y' });
		expect(itemText(deck, cards, 'case::s2')).toEqual({ prompt: 'Case: step 2', answer: 'x' });
		expect(itemText(deck, cards, 'gone')).toEqual({ prompt: 'gone', answer: '' });
	});

	it('strips markup and entities', () => {
		expect(plainText('<p>a &amp; <b>b</b></p>\n<p>c</p>')).toBe('a b c');
	});
});
