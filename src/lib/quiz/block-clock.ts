import type { Block } from './block.ts';

/** Time the block has counted at `now`, ms (a clock set back never makes it shrink). */
export function elapsedMs(b: Block, now: number): number {
	const { elapsedMs, runningSince } = b.clock;
	return elapsedMs + (runningSince === null ? 0 : Math.max(0, now - runningSince));
}

/** Time left at `now` in a Timed block, ms (never below 0); undefined in Tutor mode. */
export function remainingMs(b: Block, now: number): number | undefined {
	if (b.timeLimitSec === null) return undefined;
	return Math.max(0, b.timeLimitSec * 1000 - elapsedMs(b, now));
}

/**
 * When the running clock reaches the limit: wall-clock time, so a closed tab keeps counting.
 * Undefined in Tutor mode and while the clock is stopped.
 */
export function deadline(b: Block): number | undefined {
	if (b.timeLimitSec === null || b.clock.runningSince === null) return undefined;
	return b.clock.runningSince + b.timeLimitSec * 1000 - b.clock.elapsedMs;
}

/** Whether a Timed block's time has run out at `now` (and it has not ended yet). */
export function isTimeUp(b: Block, now: number): boolean {
	return b.ended === null && remainingMs(b, now) === 0;
}

/** Minutes left at which the countdown is announced to screen readers. */
export const ANNOUNCE_AT_MINUTES = [5, 1] as const;

/**
 * The announcement due between two readings of the clock (`from` < `to`): 5 or 1 (minutes
 * left) when the remaining time crossed that mark, else undefined. When a slow tick crosses
 * both, only the later (1 minute) is said, since "5 minutes left" would be wrong by then.
 */
export function dueAnnouncement(b: Block, from: number, to: number): 5 | 1 | undefined {
	const before = remainingMs(b, from);
	const after = remainingMs(b, to);
	if (before === undefined || after === undefined || b.ended !== null) return undefined;
	for (const minutes of [1, 5] as const) {
		const mark = minutes * 60_000;
		if (before > mark && after <= mark && after > 0) return minutes;
	}
	return undefined;
}

/** Remaining time as text for the countdown, e.g. "12:05" or "1:02:30". */
export function formatRemaining(ms: number): string {
	const s = Math.ceil(Math.max(0, ms) / 1000);
	const hh = Math.floor(s / 3600);
	const mm = Math.floor((s % 3600) / 60);
	const ss = String(s % 60).padStart(2, '0');
	return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
