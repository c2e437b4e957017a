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
export { answerMs, ANSWER_CAP_MS, dayMisses, isMiss, dayTotals, type DayTotals } from './today.ts';
/** Exam-date plan: days left, predicted recall on exam day two ways, the daily new target. */
export {
	examPlan,
	examTime,
	parseExamDate,
	combineExamPlans,
	isDeckExamPlan,
	type DeckExamPlan,
	type ExamPlanInput,
	type ExamPlanOverview,
	type PlanFigures,
	type TopicPlan
} from './exam-plan.ts';
