import type { ItemHistory } from '../log/index.ts';
import type { ItemState } from './item-state.ts';
import type { Scheduler } from './scheduler.ts';

/** Replays an item's effective reviews through FSRS; undefined when it was never answered. */
export function replayItem(history: ItemHistory, scheduler: Scheduler): ItemState | undefined {
	let state: ItemState | undefined;
	for (const r of history.reviews) state = scheduler.next(state, r.rating, r.event.t, r.event.tz);
	return state;
}
