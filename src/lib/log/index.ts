/** The append-only review log: event types, ordering, and what events amount to. */
export * from './types.ts';
export {
	effectiveHistory,
	lastUndoable,
	type EffectiveReview,
	type ItemHistory
} from './effective.ts';
