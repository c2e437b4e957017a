import type { LogEvent } from '../log/index.ts';
import { localOffset, studyDayStart } from '../srs/index.ts';
import { dayTotals, type DayTotals } from '../stats/index.ts';

/** Kinds today's totals depend on: answers and what takes one back or re-rates it. */
const COUNTED = new Set<LogEvent['kind']>(['review', 'undo', 'correction']);
/** Kept a little longer than a day: events carry their own UTC offset. */
const KEEP_MS = 40 * 3_600_000;

/**
 * A deck's answers of today (and the hours before), by event id: seeded from the state
 * cache, which keeps them up to its log position, and topped up with every event read or
 * recorded since — so a reload or a second session today adds up, undos included.
 */
export class TodaysAnswers {
	readonly #events = new Map<string, LogEvent>();

	/** Adds events; only answers, undos and corrections of the last hours are kept. */
	add(events: Iterable<LogEvent>, now: number): void {
		for (const [id, e] of this.#events) if (e.t < now - KEEP_MS) this.#events.delete(id);
		for (const e of events)
			if (COUNTED.has(e.kind) && e.t >= now - KEEP_MS) this.#events.set(e.id, e);
	}

	/** The events to keep in the state cache: those of the last hours. */
	recent(): LogEvent[] {
		return [...this.#events.values()];
	}

	/** Items whose last scheduled answer today was wrong (Again, or checked wrong), in answer order. */
	misses(now: number, dayStartHour: number): string[] {
		const dayStart = studyDayStart(now, localOffset(now), dayStartHour);
		const all = [...this.#events.values()];
		const undone = new Set(all.filter((e) => e.kind === 'undo').map((e) => e.target));
		const last = new Map<string, LogEvent>();
		for (const e of all.sort((a, b) => a.t - b.t))
			if (e.kind === 'review' && e.origin !== 'practice' && !undone.has(e.id))
				if (studyDayStart(e.t, e.tz, dayStartHour) === dayStart) last.set(e.item, e);
		return [...last.values()]
			.filter((e) => (e.correct === undefined ? e.rating === 1 : !e.correct))
			.map((e) => e.item);
	}

	/** Today's totals: the study day holding `now` in this browser's time zone. */
	totals(now: number, dayStartHour: number): DayTotals {
		const dayStart = studyDayStart(now, localOffset(now), dayStartHour);
		return dayTotals(this.#events.values(), dayStart, dayStartHour);
	}
}
