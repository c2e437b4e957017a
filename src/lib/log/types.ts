/** Self-rating of a recall: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

/** What an event records. */
export type EventKind =
	| 'review' // an answer, scheduled through FSRS
	| 'correction' // replaces the rating of an earlier review (Hard/Easy after "Check answer")
	| 'undo' // cancels an earlier event; nothing is ever deleted
	| 'suspend'
	| 'unsuspend'
	| 'flag' // "report a problem", with a note
	| 'unflag'
	| 'forget' // reset the item to new
	| 'mark' // a personal bookmark on the item (not scheduling)
	| 'unmark'
	| 'note'; // a personal note, its text in `note` (not scheduling)

/** Where an answer came from: later features add their own origins. */
export type Origin = 'study' | 'exam' | 'assign' | 'practice';

/** One append-only log event; the review log is the source of truth for all progress. */
export interface LogEvent {
	/** Unique: `<writer>.<seq>`, writer = device id + tab id. */
	id: string;
	/** `<deck id>/<item id>`. */
	item: string;
	kind: EventKind;
	origin: Origin;
	/** Epoch ms when the outcome was computed (for a review: when the answer was revealed/checked). */
	t: number;
	/** Local UTC offset in minutes east of UTC at `t` (e.g. +540 for Tokyo). */
	tz: number;
	/** Card revision the event was made against; reviews of older revisions no longer count. */
	rev: number;
	rating?: Rating;
	/** Chosen option or level ids for mcq/level items. */
	choice?: string[];
	/** Whether the checked answer was right (mcq, level). */
	correct?: boolean;
	/** Time spent on the item, ms. */
	ms?: number;
	/** The event a correction or undo refers to. */
	target?: string;
	/** Free text for a flag, or a personal note's text. */
	note?: string;
}

/** Key of an item across decks. */
export const itemKey = (deckId: string, itemId: string): string => `${deckId}/${itemId}`;

/** Splits an item key into deck and item ids. */
export function splitItemKey(key: string): { deckId: string; itemId: string } {
	const i = key.indexOf('/');
	return { deckId: key.slice(0, i), itemId: key.slice(i + 1) };
}

/** Total order of events: by time, then by id, so every device replays the same way. */
export function compareEvents(a: LogEvent, b: LogEvent): number {
	return a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
