import type { LogEvent, Rating } from '../log/index.ts';
import { studyDayStart } from '../srs/day.ts';

/** One study day's totals of a deck: what the session summary and "nothing due" show. */
export interface DayTotals {
	/** Start of the study day these totals are for. */
	dayStart: number;
	/** Answers that count toward the schedule (study, exam, assignment). */
	reviews: number;
	/** Of those: rated Good or Easy, or checked correct. */
	correct: number;
	/** Time spent on them, ms, each answer capped at {@link ANSWER_CAP_MS}. */
	ms: number;
	/** Practice answers (never scheduled), apart. */
	practice: { reviews: number; correct: number; ms: number };
}

/** An answer longer than this counts as this long: a resident paged mid-card did not study. */
export const ANSWER_CAP_MS = 60_000;

/** Time an answer counts for: its duration, capped at {@link ANSWER_CAP_MS} (one rule for every figure). */
export function answerMs(e: Pick<LogEvent, 'ms'>): number {
	return Math.min(Math.max(e.ms ?? 0, 0), ANSWER_CAP_MS);
}

/** Empty totals for a study day. */
function emptyTotals(dayStart: number): DayTotals {
	return { dayStart, reviews: 0, correct: 0, ms: 0, practice: { reviews: 0, correct: 0, ms: 0 } };
}

/**
 * A study day's totals from the log: each review falls in the study day its own UTC offset
 * and the day-start hour put it in; undone reviews are left out; a correction's rating
 * replaces its review's.
 */
export function dayTotals(
	events: Iterable<LogEvent>,
	dayStart: number,
	dayStartHour: number
): DayTotals {
	const all = [...events];
	const undone = new Set<string>();
	const corrected = new Map<string, Rating>();
	for (const e of all) if (e.kind === 'undo' && e.target) undone.add(e.target);
	for (const e of all)
		if (e.kind === 'correction' && e.target && e.rating && !undone.has(e.id))
			corrected.set(e.target, e.rating);
	const totals = emptyTotals(dayStart);
	for (const e of all) {
		if (e.kind !== 'review' || undone.has(e.id) || !e.rating) continue;
		if (studyDayStart(e.t, e.tz, dayStartHour) !== dayStart) continue;
		addAnswer(totals, e, corrected.get(e.id) ?? e.rating);
	}
	return totals;
}

/** Items whose last scheduled answer in the study day was wrong (Again, or checked wrong). */
export function dayMisses(
	events: Iterable<LogEvent>,
	dayStart: number,
	dayStartHour: number
): string[] {
	const all = [...events].sort((a, b) => a.t - b.t);
	const undone = new Set(all.filter((e) => e.kind === 'undo').map((e) => e.target));
	const last = new Map<string, LogEvent>();
	for (const e of all)
		if (e.kind === 'review' && e.origin !== 'practice' && !undone.has(e.id))
			if (studyDayStart(e.t, e.tz, dayStartHour) === dayStart) last.set(e.item, e);
	return [...last.values()].filter((e) => isMiss(e, e.rating ?? 3)).map((e) => e.item);
}

/** A missed answer, the one rule for "today's misses" and the browser's "Missed today": checked wrong, or (recall) rated Again. */
export function isMiss(e: Pick<LogEvent, 'correct'>, rating: Rating): boolean {
	return e.correct === undefined ? rating === 1 : !e.correct;
}

/** Adds one answer to the totals (the session's incremental path: same rule as {@link dayTotals}). */
function addAnswer(totals: DayTotals, e: LogEvent, rating: Rating): void {
	const into = e.origin === 'practice' ? totals.practice : totals;
	into.reviews++;
	if (e.correct ?? rating >= 3) into.correct++;
	into.ms += answerMs(e);
}
