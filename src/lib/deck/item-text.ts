import type { CardLookup, Deck, Html } from './types.ts';

/** Plain text of sanitised HTML, for lists and labels. */
export function plainText(html: Html): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&#?\w+;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * What an item asks and its answer, as plain text (e.g. for a list of missed items); `cards`
 * needs to hold only that item's card (e.g. a deck's content with its part loaded).
 */
export function itemText(
	deck: Pick<Deck, 'items'>,
	cards: CardLookup,
	itemId: string
): { prompt: string; answer: string } {
	const item = deck.items.find((i) => i.id === itemId);
	const card = item && cards.get(item.cardId);
	if (!item || !card) return { prompt: itemId, answer: '' };
	switch (card.kind) {
		case 'basic':
			return { prompt: plainText(card.front), answer: plainText(card.back) };
		case 'cloze': {
			const c = card.clozes.find((x) => x.n === item.part);
			return { prompt: plainText(c?.front ?? ''), answer: plainText(c?.back ?? '') };
		}
		case 'mcq':
			return {
				prompt: plainText(card.question.stem),
				answer: plainText(card.question.options.find((o) => o.correct)?.html ?? '')
			};
		case 'level':
			return { prompt: plainText(card.prompt), answer: card.answer.join(', ') };
		case 'vignette': {
			const q = card.steps[item.part ?? 0].question;
			return {
				prompt: `${card.title}: step ${(item.part ?? 0) + 1}`,
				answer: plainText(
					q.kind === 'mcq' ? (q.options.find((o) => o.correct)?.html ?? '') : q.answer
				)
			};
		}
	}
}
