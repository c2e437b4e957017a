import { describe, expect, it } from 'vitest';
import { loadDeckFile } from '../../src/lib/deck/build.ts';
import { itemKey } from '../../src/lib/log/index.ts';
import { itemView, presentationSeed } from '../../src/lib/quiz/index.ts';

// Issue 12, "the answer is always A": the key's letter over 200 presentations of the bundled
// deck's single-best-answer items, as the study screen shows them.

describe("the bundled deck's keys after shuffling", () => {
	it('the correct option lands on every letter, none far above its fair share', () => {
		const r = loadDeckFile('decks/bkp-cement-leakage.yaml');
		if (!r.ok) throw new Error('deck did not load');
		const deck = r.deck;
		const cards = new Map(deck.cards.map((c) => [c.id, c]));
		const questions = deck.items
			.map((item) => ({ item, view: itemView(cards.get(item.cardId)!, item) }))
			.filter((q) => q.view.mode === 'mcq');
		expect(questions.length).toBeGreaterThan(10);
		const byLetter: Record<string, number> = {};
		for (let n = 0; n < 200; n++) {
			const { item } = questions[n % questions.length];
			const reps = Math.floor(n / questions.length); // the next review of each item
			const card = cards.get(item.cardId)!;
			const view = itemView(card, item, presentationSeed(itemKey(deck.id, item.id), reps));
			if (view.mode !== 'mcq') throw new Error('not an mcq');
			const at = view.question.options.findIndex((o) => o.correct);
			const letter = String.fromCharCode(65 + at);
			byLetter[letter] = (byLetter[letter] ?? 0) + 1;
		}
		console.log('correct option by letter over 200 presentations:', byLetter);
		const letters = Object.keys(byLetter).sort();
		expect(letters.slice(0, 4)).toEqual(['A', 'B', 'C', 'D']);
		// With 4–5 options a letter's fair share is 40–50 of 200; file order gave A 190 of 200.
		for (const l of letters) expect(byLetter[l]).toBeLessThan(70);
	});
});
