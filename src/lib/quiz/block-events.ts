import type { LogEvent } from '../log/index.ts';
import type { Block } from './block.ts';

/**
 * A review event a block hands to the log, without what the writer adds (`id`, `tz`, and
 * `rev`, the item's card revision). `t` is when it is logged, never a past time, so the
 * incremental replay and a full replay agree; the answer's own time is `answeredAt`.
 */
export interface ExamReviewDraft extends Omit<LogEvent, 'id' | 'tz' | 'rev'> {
	kind: 'review';
	origin: 'exam';
	/** Again (1) when wrong, Good (3) when right. */
	rating: 1 | 3;
	choice: string[];
	correct: boolean;
	ms: number;
	/** When the answer was given (its last change). */
	answeredAt: number;
	/** The block it came from, so a writer can refuse to log one answer twice. */
	block: string;
}

/**
 * Review events due from a block at `now`, and the block with them marked as logged: in
 * Tutor mode each checked answer, in Timed mode every answered question once the block has
 * ended. Unanswered questions log nothing; nothing is ever returned twice. Save the returned
 * block in the same write as the events, so a crash cannot log them again.
 */
export function takeReviewDrafts(
	b: Block,
	now: number
): { block: Block; drafts: ExamReviewDraft[] } {
	const due = (q: Block['questions'][number]) =>
		q.loggedAt === null &&
		q.correct !== null &&
		q.chosen.length > 0 &&
		(b.mode === 'tutor' ? q.checked : b.ended !== null);
	const drafts: ExamReviewDraft[] = [];
	const questions = b.questions.map((q) => {
		if (!due(q)) return q;
		drafts.push({
			item: q.key,
			kind: 'review',
			origin: 'exam',
			t: now,
			rating: q.correct ? 3 : 1,
			choice: [...q.chosen],
			correct: q.correct === true,
			ms: Math.round(q.ms),
			answeredAt: q.answeredAt ?? now,
			block: b.id
		});
		return { ...q, loggedAt: now };
	});
	return drafts.length ? { block: { ...b, questions }, drafts } : { block: b, drafts };
}
