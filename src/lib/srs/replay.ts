import type { ItemHistory } from '../log/index.ts';
import type { ItemState } from './item-state.ts';
import type { Scheduler } from './scheduler.ts';

/**
 * Replays an item's effective reviews through FSRS, starting from `base` (a cached state)
 * unless a forget dropped it; undefined when the item was never answered.
 */
export function replayItem(
	history: ItemHistory,
	scheduler: Scheduler,
	base?: ItemState
): ItemState | undefined {
	let state = history.forgotten ? undefined : base;
	for (const r of history.reviews) state = scheduler.next(state, r.rating, r.event.t, r.event.tz);
	return state;
}
