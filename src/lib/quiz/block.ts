/**
 * The exam block model: one plain, serialisable object (stored as is, see block-codec.ts)
 * that every block action in block-state.ts maps to a new one. Times are epoch ms from a
 * clock the caller passes in, so the model stays pure and testable at fixed times.
 */

/** Which questions a block draws from. */
export type BlockPool = 'all' | 'unused' | 'incorrect' | 'flagged';

/** Every pool, in the order the builder lists them. */
export const BLOCK_POOLS: readonly BlockPool[] = ['all', 'unused', 'incorrect', 'flagged'];

/** Tutor: feedback after each "Check answer", untimed. Timed: no feedback until the end. */
export type BlockMode = 'tutor' | 'timed';

/** Questions in a block unless the builder asks for another number. */
export const DEFAULT_BLOCK_SIZE = 20;

/** Default time limit of a Timed block, per question (UWorld's and NBME's pace). */
export const DEFAULT_SECONDS_PER_QUESTION = 90;

/** One question of a block and everything the candidate did to it. */
export interface BlockQuestion {
	/** Item key, `<deck id>/<item id>`. */
	key: string;
	/** The item's topics when the block was built, so results and history need no deck. */
	topics: string[];
	/** `<deck id>/<card id>` of the case a vignette step belongs to; null for a lone question. */
	caseKey: string | null;
	/** Item keys of the case's recall steps shown, as narrative, just before this question. */
	narrative: string[];
	/** Option ids in the order shown (block-seeded); empty for a level item. */
	options: string[];
	/** Chosen option ids (one for an mcq) or level ids. */
	chosen: string[];
	/** Options struck out; they stay struck when the block resumes. */
	struck: string[];
	flagged: boolean;
	/** Time spent on this question while the block's clock ran, ms. */
	ms: number;
	/** Shown at least once. */
	visited: boolean;
	/** A later step of its case was shown, so this answer can no longer change. */
	locked: boolean;
	/** Tutor mode: "Check answer" was pressed; the answer is final. */
	checked: boolean;
	/** When the current answer was given (last change); null while unanswered. */
	answeredAt: number | null;
	/** Verdict, set at "Check answer" (Tutor) or at the end (Timed); null until then. */
	correct: boolean | null;
	/** When its review event was handed to the log (exactly once); null until then. */
	loggedAt: number | null;
}

/** The block's clock: a running span plus what was counted before the last resume. */
export interface BlockClock {
	startedAt: number;
	/** Time counted before `runningSince`, ms. */
	elapsedMs: number;
	/** When the clock last started; null while suspended or after the end. */
	runningSince: number | null;
	/** When the current question's time last started counting; null while stopped. */
	viewSince: number | null;
	/** Time of the last action: Tutor mode stops counting here when a closed tab reopens. */
	touchedAt: number;
}

/** How and when a block ended. */
export interface BlockEnd {
	at: number;
	by: 'user' | 'time';
}

/** A block, as stored (version 1). */
export interface Block {
	v: 1;
	id: string;
	decks: string[];
	/** Topic filter; empty means every topic. */
	topics: string[];
	pool: BlockPool;
	mode: BlockMode;
	/** Whole block, seconds; null in Tutor mode, which is untimed. */
	timeLimitSec: number | null;
	/** Timed only: suspending is off. */
	strict: boolean;
	/** Seeds the choice of questions and every question's option order. */
	seed: string;
	createdAt: number;
	questions: BlockQuestion[];
	/** Index of the question shown. */
	current: number;
	clock: BlockClock;
	ended: BlockEnd | null;
}

/** Grades a choice for an item (the lead's quiz/grade.ts); blocks never read card content. */
export type GradeFn = (itemKey: string, choice: readonly string[]) => boolean;
