import { State, type Card } from 'ts-fsrs';

/** FSRS memory state of one item, in plain numbers (epoch ms) so it stores compactly. */
export interface ItemState {
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: 0 | 1 | 2 | 3;
	lastReview: number;
}

/** Phase of an item, derived from its FSRS state. */
export type Phase = 'new' | 'learning' | 'review' | 'relearning';

/** The phase an item is in; items never answered are new. */
export function phaseOf(s: ItemState | undefined): Phase {
	if (!s) return 'new';
	return (['new', 'learning', 'review', 'relearning'] as const)[s.state];
}

/** ts-fsrs card for a state, with every time moved by `shift` into study-day time. */
export function toCard(s: ItemState, shift: number): Card {
	return {
		due: new Date(s.due + shift),
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: 0,
		scheduled_days: s.scheduledDays,
		learning_steps: s.learningSteps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state as State,
		last_review: new Date(s.lastReview + shift)
	};
}

/** State for a ts-fsrs card computed in study-day time. */
export function fromCard(c: Card, shift: number, reviewedAt: number): ItemState {
	return {
		due: c.due.getTime() - shift,
		stability: c.stability,
		difficulty: c.difficulty,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as ItemState['state'],
		lastReview: reviewedAt
	};
}
