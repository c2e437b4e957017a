import { createEmptyCard, fsrs, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { Rating } from '../log/index.ts';
import { dayShift } from './day.ts';
import { fromCard, toCard, type ItemState } from './item-state.ts';
import type { StudySettings } from './settings.ts';

/** What one rating would do to an item, computed once at reveal and applied as shown. */
export interface Outcome {
	rating: Rating;
	state: ItemState;
	/** Human interval until due, e.g. "10m", "3d". */
	interval: string;
}

/** The four outcomes of an answer, Again…Easy. */
export type Outcomes = Record<Rating, Outcome>;

const MIN = 60_000;
const DAY = 86_400_000;

/** Short interval label: "<1m", "10m", "5h", "3d", "2.5mo", "1.2y". */
export function formatInterval(ms: number): string {
	if (ms < MIN) return '<1m';
	if (ms < 60 * MIN) return `${Math.round(ms / MIN)}m`;
	if (ms < DAY) return `${Math.round(ms / (60 * MIN))}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${(days / 30).toFixed(1).replace(/\.0$/, '')}mo`;
	return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}

/** FSRS-6 scheduler bound to study settings; the only place ts-fsrs computes anything. */
export class Scheduler {
	readonly #fsrs: FSRS;
	readonly #dayStartHour: number;

	constructor(settings: Pick<StudySettings, 'retention' | 'fuzz' | 'dayStartHour'>) {
		this.#fsrs = fsrs({ request_retention: settings.retention, enable_fuzz: settings.fuzz });
		this.#dayStartHour = settings.dayStartHour;
	}

	/** Applies a rating at time `t` (clamped to never precede the last review). */
	next(state: ItemState | undefined, rating: Rating, t: number, tz: number): ItemState {
		const at = Math.max(t, state?.lastReview ?? t);
		const shift = dayShift(tz, this.#dayStartHour);
		const card: Card = state ? toCard(state, shift) : createEmptyCard<Card>(new Date(at + shift));
		const result = this.#fsrs.next(card, new Date(at + shift), rating as Grade);
		return fromCard(result.card, shift, at);
	}

	/** All four outcomes at time `t`, with interval labels relative to `t`. */
	preview(state: ItemState | undefined, t: number, tz: number): Outcomes {
		const at = Math.max(t, state?.lastReview ?? t);
		const make = (rating: Rating): Outcome => {
			const next = this.next(state, rating, at, tz);
			return { rating, state: next, interval: formatInterval(next.due - at) };
		};
		return { 1: make(1), 2: make(2), 3: make(3), 4: make(4) };
	}

	/** Probability of recall now, 0–1 (undefined for new items). */
	retrievability(state: ItemState | undefined, now: number): number | undefined {
		if (!state || state.state === 0) return undefined;
		return this.#fsrs.get_retrievability(
			toCard(state, 0),
			new Date(Math.max(now, state.lastReview)),
			false
		);
	}
}
