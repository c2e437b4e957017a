import { describe, expect, it } from 'vitest';
import { testDeck } from '../../../tests/unit/fixtures.ts';
import type { Card } from '../deck/index.ts';
import { level, mcq } from '../../../tests/unit/quiz-cards.ts';
import { gradeChoice, itemView, ratingFor } from './index.ts';

const card = (id: string): Card => testDeck().cards.find((c) => c.id === id)!;

describe('gradeChoice', () => {
	it('an mcq is right only with its one correct option', () => {
		const view = itemView(mcq, {});
		expect(gradeChoice(view, ['b'])).toBe(true);
		expect(gradeChoice(view, ['a'])).toBe(false);
		expect(gradeChoice(view, ['a', 'b'])).toBe(false);
		expect(gradeChoice(view, [])).toBe(false);
	});

	it('a level card needs exactly its levels, in any order', () => {
		const view = itemView(level, {});
		expect(gradeChoice(view, ['L3', 'L2'])).toBe(true);
		expect(gradeChoice(view, ['L2'])).toBe(false);
		expect(gradeChoice(view, ['L2', 'L3', 'L4'])).toBe(false);
		expect(gradeChoice(view, ['L2', 'L2'])).toBe(false);
	});

	it("an 'any' level card is right with one level of its range", () => {
		const view = itemView({ ...level, match: 'any', answer: ['T12', 'L1', 'L2'] }, {});
		expect(gradeChoice(view, ['L1'])).toBe(true);
		expect(gradeChoice(view, ['L3'])).toBe(false);
		expect(gradeChoice(view, ['T12', 'L1'])).toBe(false);
	});

	it('recall items are graded by the learner, not here', () => {
		expect(gradeChoice(itemView(card('a'), {}), ['x'])).toBeUndefined();
	});

	it('right is Good and wrong is Again', () => {
		expect([ratingFor(true), ratingFor(false)]).toEqual([3, 1]);
	});
});
