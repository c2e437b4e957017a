import type { LogEvent } from '../log/index.ts';

/** Kinds today's totals depend on: answers and what takes one back or re-rates it. */
const COUNTED = new Set<LogEvent['kind']>(['review', 'undo', 'correction']);
/** Kept a little longer than a day: events carry their own UTC offset. */
const KEEP_MS = 40 * 3_600_000;

/**
 * A deck's answers of today (and the hours before), by event id: seeded from the state
 * cache, which keeps them up to its log position, and topped up with every event read or
 * recorded since — so a reload or a second session today adds up, undos included. The
 * figures (stats/today.ts) are worked out only when a screen asks, in its own chunk.
 */
export class TodaysAnswers {
	readonly #events = new Map<string, LogEvent>();

	/** Adds events; only answers, undos and corrections of the last hours are kept. */
	add(events: Iterable<LogEvent>, now: number): void {
		for (const [id, e] of this.#events) if (e.t < now - KEEP_MS) this.#events.delete(id);
		for (const e of events)
			if (COUNTED.has(e.kind) && e.t >= now - KEEP_MS) this.#events.set(e.id, e);
	}

	/** The answers of the last hours: kept in the state cache, and what today's figures read. */
	recent(): LogEvent[] {
		return [...this.#events.values()];
	}
}
