/** Statistics: per-deck counts for home, session summaries. */
export {
	summarizeCounts,
	homeCounts,
	dayEndAt,
	dayStartAt,
	CountsTracker,
	type DeckCounts,
	type TopicCounts,
	type SummaryInput
} from './summary.ts';
export {
	sessionReport,
	formatDuration,
	type AnswerRecord,
	type SessionReport,
	type TopicAccuracy
} from './session.ts';
export { predictedRecall, type RecallByTopic, type RecallFigure } from './recall.ts';
export { addAnswer, ANSWER_CAP_MS, dayTotals, emptyTotals, type DayTotals } from './today.ts';
