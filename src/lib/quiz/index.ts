/** Pure study logic: item views, grading, keyboard shortcuts (blocks and scoring come here). */
export {
	shortcutFor,
	type KeyLike,
	type ShortcutAction,
	type ShortcutContext
} from './shortcuts.ts';
export { itemView, type ItemView, type CaseSoFar } from './item-view.ts';
export { gradeChoice, ratingFor } from './grade.ts';
export { shuffledOrder, presentationSeed, blockOptionSeed, hashSeed } from './shuffle.ts';
