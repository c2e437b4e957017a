import type { Block, BlockMode } from './block.ts';
import { elapsedMs } from './block-clock.ts';

/** How a question ended: right, wrong, or with no submitted answer. */
export type QuestionStatus = 'correct' | 'incorrect' | 'omitted';

/** One row of the results' question list. */
export interface QuestionResult {
	index: number;
	key: string;
	status: QuestionStatus;
	chosen: string[];
	/** The correct choice, when the caller's lookup knows it (it reads card content). */
	correctChoice?: string[];
	ms: number;
	flagged: boolean;
	topics: string[];
}

/** Correct / total and a whole percent. */
export interface Score {
	correct: number;
	total: number;
	/** Rounded to a whole percent; 0 for an empty set. */
	percent: number;
}

/** A topic's score in a block. */
export interface TopicScore extends Score {
	topic: string;
}

/** Everything "Block results" shows. */
export interface BlockResults extends Score {
	/** Questions with a submitted answer. */
	answered: number;
	timeUsedMs: number;
	/** Time spent per question, over every question of the block. */
	averageMs: number;
	byTopic: TopicScore[];
	questions: QuestionResult[];
}

const score = (correct: number, total: number): Score => ({
	correct,
	total,
	percent: total ? Math.round((100 * correct) / total) : 0
});

function statusOf(b: Block, q: Block['questions'][number]): QuestionStatus {
	if (q.correct === null || (b.mode === 'tutor' && !q.checked)) return 'omitted';
	return q.correct ? 'correct' : 'incorrect';
}

/**
 * A block's results at `now` (for an ended block `now` does not matter). Unanswered
 * questions count in the total, as on a real exam. A question with several topics counts in
 * each; topics are listed in the order they first appear.
 */
export function blockResults(
	b: Block,
	now: number,
	correctChoiceOf?: (itemKey: string) => string[] | undefined
): BlockResults {
	const questions: QuestionResult[] = b.questions.map((q, index) => {
		const correctChoice = correctChoiceOf?.(q.key);
		return {
			index,
			key: q.key,
			status: statusOf(b, q),
			chosen: [...q.chosen],
			...(correctChoice ? { correctChoice } : {}),
			ms: q.ms,
			flagged: q.flagged,
			topics: [...q.topics]
		};
	});
	const topics = new Map<string, { correct: number; total: number }>();
	for (const r of questions)
		for (const t of r.topics) {
			const acc = topics.get(t) ?? { correct: 0, total: 0 };
			acc.total++;
			if (r.status === 'correct') acc.correct++;
			topics.set(t, acc);
		}
	const correct = questions.filter((r) => r.status === 'correct').length;
	const spent = questions.reduce((sum, r) => sum + r.ms, 0);
	return {
		...score(correct, questions.length),
		answered: questions.filter((r) => r.status !== 'omitted').length,
		timeUsedMs: b.ended ? b.clock.elapsedMs : elapsedMs(b, now),
		averageMs: questions.length ? Math.round(spent / questions.length) : 0,
		byTopic: [...topics].map(([topic, s]) => ({ topic, ...score(s.correct, s.total) })),
		questions
	};
}

/** Filters of the results' question list; "incorrect" means not right (wrong or omitted). */
export type ResultFilter = 'all' | 'incorrect' | 'flagged';

/** The rows a results filter shows. */
export function filterResults(
	rows: readonly QuestionResult[],
	filter: ResultFilter
): QuestionResult[] {
	if (filter === 'incorrect') return rows.filter((r) => r.status !== 'correct');
	if (filter === 'flagged') return rows.filter((r) => r.flagged);
	return [...rows];
}

/** Item keys "Review missed" goes through: wrong and omitted questions, in block order. */
export function missedKeys(b: Block, now: number): string[] {
	return filterResults(blockResults(b, now).questions, 'incorrect').map((r) => r.key);
}

/** A finished block as "Past blocks" keeps it: small, so history needs no full block. */
export interface BlockRecord extends Score {
	id: string;
	decks: string[];
	mode: BlockMode;
	endedAt: number;
	timeUsedMs: number;
	byTopic: TopicScore[];
}

/** The history record of an ended block; undefined while it is open. */
export function blockRecord(b: Block): BlockRecord | undefined {
	if (!b.ended) return undefined;
	const r = blockResults(b, b.ended.at);
	return {
		id: b.id,
		decks: [...b.decks],
		mode: b.mode,
		endedAt: b.ended.at,
		correct: r.correct,
		total: r.total,
		percent: r.percent,
		timeUsedMs: r.timeUsedMs,
		byTopic: r.byTopic
	};
}

/** "Past blocks": newest first. */
export function pastBlocks(records: readonly BlockRecord[]): BlockRecord[] {
	return [...records].sort((a, b) => b.endedAt - a.endedAt || (a.id < b.id ? -1 : 1));
}

/** One topic's score over finished blocks, oldest first. */
export interface TopicTrend {
	topic: string;
	points: { blockId: string; endedAt: number; percent: number; total: number }[];
}

/**
 * Score by topic over time, oldest block first; undefined until there are two finished
 * blocks (one point is not a trend). Each topic lists only the blocks that asked it.
 */
export function topicTrend(records: readonly BlockRecord[]): TopicTrend[] | undefined {
	if (records.length < 2) return undefined;
	const byTopic = new Map<string, TopicTrend>();
	for (const r of [...pastBlocks(records)].reverse())
		for (const t of r.byTopic) {
			let trend = byTopic.get(t.topic);
			if (!trend) byTopic.set(t.topic, (trend = { topic: t.topic, points: [] }));
			trend.points.push({ blockId: r.id, endedAt: r.endedAt, percent: t.percent, total: t.total });
		}
	return [...byTopic.values()];
}
