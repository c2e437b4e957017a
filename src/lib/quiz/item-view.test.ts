import { describe, expect, it } from 'vitest';
import { testDeck } from '../../../tests/unit/fixtures.ts';
import type { Card, VignetteCard } from '../deck/index.ts';
import { level, mcq } from '../../../tests/unit/quiz-cards.ts';
import { itemView } from './index.ts';

const card = (id: string): Card => testDeck().cards.find((c) => c.id === id)!;

describe('itemView', () => {
	it('flattens basic and cloze cards to recall, with the cloze extra after the gap', () => {
		expect(itemView(card('a'), {})).toMatchObject({ mode: 'recall', front: '<p>A?</p>' });
		const cz = { ...(card('cz') as Card & { kind: 'cloze' }), extra: '<p>more</p>' };
		expect(itemView(cz, { part: 2 })).toMatchObject({
			mode: 'recall',
			front: '<p>x […]</p>',
			back: '<p>x y</p><p>more</p>',
			inPlace: true
		});
	});

	it('gives a vignette step its case so far: stem and every reveal up to this step', () => {
		const v = card('case') as VignetteCard;
		const withReveals: VignetteCard = {
			...v,
			steps: v.steps.map((s, i) => ({ ...s, reveal: `<p>r${i}</p>`, sources: [{ ref: 'x' }] }))
		};
		const view = itemView(withReveals, { part: 1 });
		expect(view.mode).toBe('recall');
		expect(view.case).toEqual({
			title: 'Case',
			stem: '<p>s</p>',
			step: 2,
			of: 3,
			reveals: [
				{ id: 's1', html: '<p>r0</p>', latest: false },
				{ id: 's2', html: '<p>r1</p>', latest: true }
			],
			earlier: [{ id: 's1', reveal: '<p>r0</p>', question: '<p>s1?</p>', answer: '<p>x</p>' }]
		});
		expect(view.refs).toEqual([{ ref: 's' }, { ref: 'x' }]);
	});

	it('keeps mcq and level questions as they are', () => {
		expect(itemView(mcq, {})).toMatchObject({ mode: 'mcq', question: mcq.question });
		expect(itemView(level, {})).toMatchObject({ mode: 'level', answer: ['L2', 'L3'] });
	});
});
