import type { DeckFile } from '../schema.ts';
import type { Question } from './types.ts';

/** Every single-best-answer question of a deck: mcq cards and vignette steps with options. */
export function questionsOf(deck: DeckFile): Question[] {
	const out: Question[] = [];
	deck.cards.forEach((card, i) => {
		if (card.kind === 'mcq')
			out.push({ cardId: card.id, path: ['cards', i], stem: card.stem, options: card.options });
		if (card.kind === 'vignette')
			card.steps.forEach((step, j) => {
				if (step.question.kind === 'mcq')
					out.push({
						cardId: card.id,
						path: ['cards', i, 'steps', j, 'question'],
						stem: step.question.stem,
						options: step.question.options
					});
			});
	});
	return out;
}
