import type { Block, BlockQuestion, GradeFn } from './block.ts';
import { deadline, isTimeUp } from './block-clock.ts';

/*
 * Block actions: each takes a block and a time and returns a new block, or the same object
 * when the action is refused (ended, suspended, time up, locked...), so a caller can tell by
 * identity and a refused action never half-applies.
 */

const running = (b: Block) => b.ended === null && b.clock.runningSince !== null;

/** Counts the current question's time up to `at` (never past a Timed block's deadline). */
function settle(b: Block, at: number): Block {
	const upTo = Math.min(at, deadline(b) ?? at);
	const since = b.clock.viewSince;
	if (since === null) return { ...b, clock: { ...b.clock, touchedAt: at } };
	const spent = Math.max(0, upTo - since);
	return {
		...b,
		questions: withQuestion(b.questions, b.current, (q) => ({ ...q, ms: q.ms + spent })),
		clock: { ...b.clock, viewSince: Math.max(since, upTo), touchedAt: at }
	};
}

/** Stops the clock at `at` (capped at the deadline), counting what ran. */
function stopClock(b: Block, at: number): Block {
	if (b.clock.runningSince === null) return b;
	const s = settle(b, at);
	const upTo = Math.min(at, deadline(b) ?? at);
	const ran = Math.max(0, upTo - b.clock.runningSince);
	return {
		...s,
		clock: {
			...s.clock,
			elapsedMs: b.clock.elapsedMs + ran,
			runningSince: null,
			viewSince: null
		}
	};
}

function withQuestion(
	questions: readonly BlockQuestion[],
	index: number,
	change: (q: BlockQuestion) => BlockQuestion
): BlockQuestion[] {
	return questions.map((q, i) => (i === index ? change(q) : q));
}

const touched = (b: Block, now: number): Block => ({
	...b,
	clock: { ...b.clock, touchedAt: Math.max(b.clock.touchedAt, now) }
});

/** Whether the answer to a question (default: the current one) can still change at `now`. */
export function canAnswer(b: Block, now: number, index = b.current): boolean {
	const q = b.questions[index];
	return running(b) && !isTimeUp(b, now) && !!q && !q.locked && !q.checked;
}

/** Sets the choice of the current question (empty clears it); a struck option chosen unstrikes. */
export function choose(b: Block, choice: readonly string[], now: number): Block {
	if (!canAnswer(b, now)) return b;
	const q = b.questions[b.current];
	const known = [...new Set(choice)].filter((id) => !q.options.length || q.options.includes(id));
	// A question with options is single best answer: one choice (the latest); levels may be several.
	const picked = q.options.length ? known.slice(-1) : known;
	return touched(
		{
			...b,
			questions: withQuestion(b.questions, b.current, (q) => ({
				...q,
				chosen: picked,
				struck: q.struck.filter((id) => !picked.includes(id)),
				answeredAt: picked.length ? now : null
			}))
		},
		now
	);
}

/** Strikes an option of the current question out, or back in; a struck choice is unchosen. */
export function toggleStrike(b: Block, optionId: string, now: number): Block {
	const q = b.questions[b.current];
	if (!canAnswer(b, now) || !q.options.includes(optionId)) return b;
	const striking = !q.struck.includes(optionId);
	const chosen = striking ? q.chosen.filter((id) => id !== optionId) : q.chosen;
	return touched(
		{
			...b,
			questions: withQuestion(b.questions, b.current, (q) => ({
				...q,
				struck: striking ? [...q.struck, optionId] : q.struck.filter((id) => id !== optionId),
				chosen,
				answeredAt: chosen.length === q.chosen.length ? q.answeredAt : chosen.length ? now : null
			}))
		},
		now
	);
}

/** Flags or unflags a question (default: the current one); allowed on locked ones too. */
export function toggleFlag(b: Block, now: number, index = b.current): Block {
	if (!running(b) || isTimeUp(b, now) || !b.questions[index]) return b;
	return touched(
		{
			...b,
			questions: withQuestion(b.questions, index, (q) => ({ ...q, flagged: !q.flagged }))
		},
		now
	);
}

/** Indices of the earlier steps of a case that showing question `index` would lock. */
export function wouldLock(b: Block, index: number): number[] {
	const target = b.questions[index];
	if (!target?.caseKey) return [];
	const out: number[] = [];
	b.questions.forEach((q, i) => {
		if (i < index && q.caseKey === target.caseKey && !q.locked) out.push(i);
	});
	return out;
}

/**
 * Shows question `index`. Showing a step of a case locks the case's earlier steps: its
 * findings would give their answers away, as in NBME's sequential item sets.
 */
export function goTo(b: Block, index: number, now: number): Block {
	if (!running(b) || isTimeUp(b, now) || index === b.current || !b.questions[index]) return b;
	const lock = new Set(wouldLock(b, index));
	const s = settle(b, now);
	return {
		...s,
		current: index,
		questions: s.questions.map((q, i) =>
			i === index ? { ...q, visited: true } : lock.has(i) ? { ...q, locked: true } : q
		)
	};
}

/** "Next": the following question. */
export const next = (b: Block, now: number): Block => goTo(b, b.current + 1, now);

/** "Previous": the question before. */
export const previous = (b: Block, now: number): Block => goTo(b, b.current - 1, now);

/** Tutor mode "Check answer": the current answer becomes final and gets its verdict. */
export function check(b: Block, now: number, grade: GradeFn): Block {
	const q = b.questions[b.current];
	if (b.mode !== 'tutor' || !canAnswer(b, now) || !q.chosen.length) return b;
	return touched(
		{
			...b,
			questions: withQuestion(b.questions, b.current, (q) => ({
				...q,
				checked: true,
				correct: grade(q.key, q.chosen)
			}))
		},
		now
	);
}

/**
 * Whether "Suspend block" is offered: an open, running block, unless it is Timed with strict
 * timing. Tutor blocks can always be left for later (they are untimed anyway).
 */
export function canSuspend(b: Block): boolean {
	return running(b) && !(b.mode === 'timed' && b.strict);
}

/** "Suspend block": stops the clock; the block waits on the same question. */
export function suspend(b: Block, now: number): Block {
	if (!canSuspend(b) || isTimeUp(b, now)) return b;
	return stopClock(b, now);
}

/** "Resume block": starts the clock again on the question it stopped at. */
export function resume(b: Block, now: number): Block {
	if (b.ended !== null || b.clock.runningSince !== null) return b;
	return {
		...b,
		clock: {
			...b.clock,
			runningSince: now,
			viewSince: now,
			touchedAt: Math.max(b.clock.touchedAt, now)
		}
	};
}

/**
 * Reopening a running block after a reload or a closed tab. Timed blocks keep wall-clock
 * time (like a real exam, the clock ran while the tab was closed). Tutor blocks are untimed:
 * the gap since the last action is not counted as time used.
 */
export function reopen(b: Block, now: number): Block {
	if (b.mode !== 'tutor' || !running(b) || now <= b.clock.touchedAt) return b;
	return resume(stopClock(b, b.clock.touchedAt), now);
}

/**
 * Ends the block ("End block", or the time running out). In Timed mode every answered
 * question gets its verdict now. In Tutor mode only checked answers count: an answer chosen
 * but never checked was not submitted and counts as unanswered.
 */
export function end(b: Block, now: number, grade: GradeFn): Block {
	if (b.ended !== null) return b;
	const cut = deadline(b);
	const byTime = cut !== undefined && now >= cut;
	const at = byTime ? cut : now;
	const stopped = stopClock(b, at);
	return {
		...stopped,
		clock: { ...stopped.clock, touchedAt: Math.max(b.clock.touchedAt, now) },
		questions:
			b.mode === 'timed'
				? stopped.questions.map((q) =>
						q.chosen.length && q.correct === null ? { ...q, correct: grade(q.key, q.chosen) } : q
					)
				: stopped.questions,
		ended: { at, by: byTime ? 'time' : 'user' }
	};
}

/** Ends a Timed block whose time has run out by `now` (any page that finds one calls this). */
export function expireIfDue(b: Block, now: number, grade: GradeFn): Block {
	return isTimeUp(b, now) ? end(b, now, grade) : b;
}

/** Questions with no submitted answer, for "End block"'s confirmation. */
export function unansweredCount(b: Block): number {
	return b.questions.filter((q) => (b.mode === 'tutor' ? !q.checked : !q.chosen.length)).length;
}

/** One cell of the question navigator grid. */
export interface NavigatorCell {
	index: number;
	answered: boolean;
	flagged: boolean;
	current: boolean;
	locked: boolean;
}

/** The navigator grid: answered / unanswered / flagged, the current question marked. */
export function navigatorCells(b: Block): NavigatorCell[] {
	return b.questions.map((q, index) => ({
		index,
		answered: q.chosen.length > 0,
		flagged: q.flagged,
		current: index === b.current,
		locked: q.locked
	}));
}

/** "Question 7 of 20". */
export function questionPosition(b: Block): string {
	return `Question ${b.current + 1} of ${b.questions.length}`;
}

/**
 * Items an open Timed block keeps out of study sessions: its questions and their cases'
 * narrative steps (empty once it ends, and for Tutor blocks, whose answers are already logged).
 */
export function heldItems(b: Block): Set<string> {
	if (b.mode !== 'timed' || b.ended !== null) return new Set();
	return new Set(b.questions.flatMap((q) => [q.key, ...q.narrative]));
}
