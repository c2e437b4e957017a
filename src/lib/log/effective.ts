import { isKnown, type LogEvent, type Rating } from './types.ts';

/** An answer as it counts after undos and corrections. */
export interface EffectiveReview {
	event: LogEvent;
	rating: Rating;
}

/** What one item's events amount to: the reviews that count and its flags. */
export interface ItemHistory {
	reviews: EffectiveReview[];
	suspended: boolean;
	flagged: boolean;
	note?: string;
	/** A personal bookmark ("Flag" in study): for the learner, not the schedule. */
	marked: boolean;
	/** The latest personal note's text (an empty note clears it). */
	personalNote?: string;
	/** A forget event dropped everything before it (including any cached base state). */
	forgotten: boolean;
	/** An undo or correction refers to an event not in this list (older history is needed). */
	dangling: boolean;
}

/** Flags an item starts with when its events are applied on top of a cached state. */
export interface HistoryStart {
	suspended: boolean;
	flagged: boolean;
	note?: string;
	marked?: boolean;
	personalNote?: string;
}

/**
 * Folds one item's events (any order) into what counts: undone events are dropped, a
 * correction replaces its review's rating, a forget drops every earlier review, and reviews
 * made against an older card revision are ignored, as are practice reviews (they never
 * change the schedule), marks and notes, and events of a kind or origin only a newer version
 * knows (kept in the log, not replayed).
 */
export function effectiveHistory(
	events: readonly LogEvent[],
	revision: number,
	start: HistoryStart = { suspended: false, flagged: false }
): ItemHistory {
	const undone = new Set<string>();
	const ids = new Set(events.map((e) => e.id));
	let dangling = false;
	for (const e of events) {
		if (e.kind === 'undo' && e.target && isKnown(e)) undone.add(e.target);
		if (e.target && !ids.has(e.target) && isKnown(e)) dangling = true;
	}
	const live = events
		.filter((e) => e.kind !== 'undo' && isKnown(e) && !undone.has(e.id))
		.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const corrected = new Map<string, Rating>();
	for (const e of live)
		if (e.kind === 'correction' && e.target && e.rating) corrected.set(e.target, e.rating);
	const out: ItemHistory = { reviews: [], marked: false, ...start, forgotten: false, dangling };
	for (const e of live) {
		switch (e.kind) {
			case 'review':
				if (e.rev === revision && e.rating && e.origin !== 'practice')
					out.reviews.push({ event: e, rating: corrected.get(e.id) ?? e.rating });
				break;
			case 'forget':
				out.reviews = [];
				out.forgotten = true;
				break;
			case 'suspend':
			case 'unsuspend':
				out.suspended = e.kind === 'suspend';
				break;
			case 'flag':
				out.flagged = true;
				out.note = e.note;
				break;
			case 'unflag':
				out.flagged = false;
				out.note = undefined;
				break;
			case 'mark':
			case 'unmark':
				out.marked = e.kind === 'mark';
				break;
			case 'note':
				out.personalNote = e.note || undefined;
				break;
		}
	}
	return out;
}

/** The latest event that can still be undone (not itself an undo, not already undone). */
export function lastUndoable(events: readonly LogEvent[]): LogEvent | undefined {
	const undone = new Set(events.filter((e) => e.kind === 'undo').map((e) => e.target));
	for (let i = events.length - 1; i >= 0; i--) {
		const e = events[i];
		if (e.kind !== 'undo' && !undone.has(e.id)) return e;
	}
	return undefined;
}
