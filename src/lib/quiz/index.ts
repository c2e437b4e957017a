/** Pure study logic: item views, grading, keyboard shortcuts (blocks and scoring come here). */
export {
	shortcutFor,
	type KeyLike,
	type ShortcutAction,
	type ShortcutContext
} from './shortcuts.ts';
export { itemView, type ItemView, type CaseSoFar } from './item-view.ts';
export { gradeChoice, ratingFor } from './grade.ts';
/** The one seeded shuffle (study, vignettes, blocks) and the seeds it is given. */
export {
	shuffledOrder,
	presentationSeed,
	blockOptionSeed,
	hashSeed,
	mulberry32
} from './shuffle.ts';
/** Exam block model: the stored block, its pools and modes, and the grading it is given. */
export {
	BLOCK_POOLS,
	DEFAULT_BLOCK_SIZE,
	DEFAULT_SECONDS_PER_QUESTION,
	type Block,
	type BlockClock,
	type BlockEnd,
	type BlockMode,
	type BlockPool,
	type BlockQuestion,
	type GradeFn
} from './block.ts';
/** Which items can be block questions, and the unused / incorrect / flagged pools from the log. */
export {
	blockUnits,
	blockHistory,
	isQuestionItem,
	markedItems,
	poolCounts,
	questionInPool,
	unitInPool,
	type BlockHistory,
	type BlockUnit,
	type DeckSource,
	type PoolEventLike,
	type UnitQuestion
} from './block-pool.ts';
/** "Create block": the plan the builder shows, the block it starts, its new items. */
export {
	planBlock,
	buildBlock,
	blockNewItems,
	planQuestionKeys,
	defaultTimeLimitSec,
	type BlockNewItems,
	type BlockOptions,
	type BlockPlan,
	type NewBlock
} from './block-build.ts';
/** Taking a block: pure actions that return a new block (the same one when refused). */
export {
	canAnswer,
	canSuspend,
	check,
	choose,
	end,
	expireIfDue,
	goTo,
	heldItems,
	navigatorCells,
	next as nextQuestion,
	previous as previousQuestion,
	questionPosition,
	reopen,
	resume,
	suspend,
	toggleFlag,
	toggleStrike,
	unansweredCount,
	wouldLock,
	type NavigatorCell
} from './block-state.ts';
/** The block's clock: elapsed and remaining time, the deadline, the 5- and 1-minute notices. */
export {
	ANNOUNCE_AT_MINUTES,
	deadline,
	dueAnnouncement,
	elapsedMs,
	formatRemaining,
	isTimeUp,
	remainingMs
} from './block-clock.ts';
/** The review events a block writes (origin exam, exactly once, logged at their own time). */
export { takeReviewDrafts, type ExamReviewDraft } from './block-events.ts';
/** "Block results" and "Past blocks": scores, by topic, per question, filters, trends. */
export {
	blockResults,
	blockRecord,
	filterResults,
	missedKeys,
	pastBlocks,
	topicTrend,
	type BlockRecord,
	type BlockResults,
	type QuestionResult,
	type QuestionStatus,
	type ResultFilter,
	type Score,
	type TopicScore,
	type TopicTrend
} from './block-score.ts';
/** The stored block format (version 1): encode, and decode without ever throwing. */
export { encodeBlock, decodeBlock, type DecodedBlock } from './block-codec.ts';
