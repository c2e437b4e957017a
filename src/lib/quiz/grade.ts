import type { Rating } from '../log/index.ts';
import type { ItemView } from './item-view.ts';

/**
 * Whether a choice answers a question item right: the mcq's one correct option; exactly the
 * level card's levels, or for an `any` card one level of its range. Undefined for recall items, which the learner grades. Pure, so a block
 * can show items without feedback and grade them when it ends.
 */
export function gradeChoice(view: ItemView, choice: readonly string[]): boolean | undefined {
	switch (view.mode) {
		case 'mcq': {
			const right = view.question.options.find((o) => o.correct)?.id;
			return choice.length === 1 && choice[0] === right;
		}
		case 'level':
			if (view.match === 'any')
				return choice.length === 1 && view.answer.includes(choice[0] as never);
			return (
				choice.length === view.answer.length &&
				view.answer.every((l) => choice.includes(l)) &&
				new Set(choice).size === choice.length
			);
		case 'recall':
			return undefined;
	}
}

/** The FSRS rating a checked answer gets: right = Good, wrong = Again. */
export function ratingFor(correct: boolean): Rating {
	return correct ? 3 : 1;
}
