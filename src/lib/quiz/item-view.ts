import type {
	Card,
	Html,
	Level,
	McqQuestion,
	ReviewItem,
	SourceRef,
	VignetteCard
} from '../deck/index.ts';
import { shuffledOrder } from './shuffle.ts';

/** A vignette step's case so far: the stem and the findings of every step up to this one. */
export interface CaseSoFar {
	title: string;
	stem: Html;
	/** 1-based number of this step, and how many steps the case has. */
	step: number;
	of: number;
	/** Findings revealed by each step up to and including this one (steps without are left out). */
	reveals: { id: string; html: Html; latest: boolean }[];
	/** Every earlier step: its findings, its question and the answer (so a step makes sense alone). */
	earlier: { id: string; reveal?: Html; question: Html; answer: Html }[];
}

/** What one review item asks, the same for every card kind: what the screens render. */
export type ItemView = (
	| {
			mode: 'recall';
			front: Html;
			back: Html;
			/** The back is the front with its gap filled (a cloze): show it in the front's place. */
			inPlace?: boolean;
	  }
	| { mode: 'mcq'; question: McqQuestion }
	| {
			mode: 'level';
			prompt: Html;
			answer: Level[];
			span: Level[];
			match: 'all' | 'any';
			why?: Html;
	  }
) & {
	/** Sources the answer cites: the card's, then a vignette step's own. */
	refs: SourceRef[];
	/** For a vignette step: the case around it. */
	case?: CaseSoFar;
};

/**
 * Flattens a card into the view of one of its items (a cloze gap, a vignette step…). With a
 * `seed`, a question's options come in the order that seed gives (see quiz/shuffle.ts), unless
 * the question says `shuffle: false`; grading reads option ids, so order never matters there.
 */
export function itemView(card: Card, item: Pick<ReviewItem, 'part'>, seed?: string): ItemView {
	const view = flatView(card, item);
	if (seed === undefined || view.mode !== 'mcq' || view.question.shuffle === false) return view;
	const options = shuffledOrder(view.question.options, seed);
	return { ...view, question: { ...view.question, options } };
}

function flatView(card: Card, item: Pick<ReviewItem, 'part'>): ItemView {
	switch (card.kind) {
		case 'basic':
			return { mode: 'recall', front: card.front, back: card.back, refs: card.sources };
		case 'cloze': {
			const c = card.clozes.find((x) => x.n === item.part) ?? card.clozes[0];
			const back = card.extra ? c.back + card.extra : c.back;
			return { mode: 'recall', front: c.front, back, inPlace: true, refs: card.sources };
		}
		case 'mcq':
			return { mode: 'mcq', question: card.question, refs: card.sources };
		case 'level':
			return {
				mode: 'level',
				prompt: card.prompt,
				answer: card.answer,
				span: card.span,
				match: card.match,
				why: card.why,
				refs: card.sources
			};
		case 'vignette':
			return vignetteStep(card, item.part ?? 0);
	}
}

function vignetteStep(card: VignetteCard, index: number): ItemView {
	const step = card.steps[index] ?? card.steps[0];
	const refs: SourceRef[] = [...card.sources, ...step.sources];
	const reveals = card.steps
		.slice(0, index + 1)
		.flatMap((s, i) => (s.reveal ? [{ id: s.id, html: s.reveal, latest: i === index }] : []));
	const earlier = card.steps.slice(0, index).map((s) => {
		const q = s.question;
		const answer =
			q.kind === 'mcq' ? (q.options.find((o) => o.correct)?.html ?? ('' as Html)) : q.answer;
		return { id: s.id, reveal: s.reveal, question: q.kind === 'mcq' ? q.stem : q.prompt, answer };
	});
	const around: CaseSoFar = {
		title: card.title,
		stem: card.stem,
		step: index + 1,
		of: card.steps.length,
		reveals,
		earlier
	};
	const q = step.question;
	return q.kind === 'mcq'
		? { mode: 'mcq', question: q, refs, case: around }
		: { mode: 'recall', front: q.prompt, back: q.answer, refs, case: around };
}
