import type { ReviewItem } from '../deck/index.ts';
import { studyDayStart, type ItemState, type Scheduler } from '../srs/index.ts';
import { predictedRecall, type RecallByTopic } from './recall.ts';

const DAY = 86_400_000;
/** New items stop a week before the exam: the last week is for reviews. */
const CUTOFF_DAYS = 7;
/** Local hour the exam is taken to start when only its date is known. */
const EXAM_HOUR = 8;

/** A `YYYY-MM-DD` exam date as numbers; undefined when it is not a real date. */
export function parseExamDate(date: string): { y: number; m: number; d: number } | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return undefined;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
		? { y, m: mo, d }
		: undefined;
}

/** The moment recall is predicted for: 08:00 local time on the exam date (UTC offset `tz`). */
export function examTime(date: string, tz: number): number | undefined {
	const p = parseExamDate(date);
	return p && Date.UTC(p.y, p.m - 1, p.d, EXAM_HOUR) - tz * 60_000;
}

/** Predicted recall (0–1) now, on exam day if you stop today, and if you keep up. */
export interface PlanFigures {
	now: number;
	stopToday: number;
	keepUp: number;
}

/** One topic of a deck's plan. */
export interface TopicPlan extends PlanFigures {
	id: string;
	items: number;
	seen: number;
}

/**
 * A deck's exam-date plan: small and plain (no Maps), so it is computed when the per-deck
 * summary is saved and home reads it without a scheduler.
 */
export interface DeckExamPlan {
	v: 1;
	deckId: string;
	examDate: string;
	computedAt: number;
	/** Study days from today to the exam day (0 on the day, negative after it). */
	daysLeft: number;
	/** Study days left before the cutoff a week before the exam, today included. */
	studyDays: number;
	retention: number;
	items: number;
	seen: number;
	unseen: number;
	/** New items a day to meet every item before the cutoff; 0 once the cutoff has passed. */
	dailyNewTarget: number;
	overall: PlanFigures;
	topics: TopicPlan[];
	/** Topics whose recall now is under the desired retention, weakest first. */
	below: string[];
}

/** What a deck's plan is computed from. */
export interface ExamPlanInput {
	deckId: string;
	items: readonly ReviewItem[];
	stateOf: (itemId: string) => ItemState | undefined;
	/** Suspended items are not reviewed, so they never count as kept up. */
	suspended?: (itemId: string) => boolean;
	scheduler: Scheduler;
	retention: number;
	/** The deck's new-item limit that will apply (the target, if the user opted in to it). */
	newPerDay: number;
	examDate: string;
	now: number;
	tz: number;
	dayStartHour: number;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * A deck's exam-date plan, or undefined for an invalid date.
 *
 * - "If you stop today": {@link predictedRecall} at the exam time (unseen items as 0).
 * - "If you keep up": every seen item that is not suspended counts at the desired retention,
 *   or at its own predicted recall when that is higher (an item not due before the exam is
 *   above the target then). Unseen items are introduced in deck order at `newPerDay` a day
 *   on each study day before the cutoff (a week before the exam); those count at the desired
 *   retention, the rest (and suspended ones) as 0. So if the user raises the limit to the
 *   daily target, every item counts. One new item per card a day (the sibling rule) is not
 *   modelled: the figure is an upper bound for cloze-heavy decks.
 * - Daily target: unseen items ÷ study days before the cutoff, rounded up (0 when none left).
 * - Topics under the desired retention: by recall now (unseen as 0).
 */
export function examPlan(input: ExamPlanInput): DeckExamPlan | undefined {
	const at = examTime(input.examDate, input.tz);
	if (at === undefined) return undefined;
	const day = (t: number) => studyDayStart(t, input.tz, input.dayStartHour);
	const daysLeft = Math.round((day(at) - day(input.now)) / DAY);
	const studyDays = Math.max(0, daysLeft - CUTOFF_DAYS);
	const { items, stateOf, scheduler, retention } = input;
	const suspended = input.suspended ?? (() => false);
	const unseen = items.filter((i) => !stateOf(i.id)).length;
	let introducible = studyDays * Math.max(0, input.newPerDay);

	const nowFig = predictedRecall(items, stateOf, input.now, scheduler);
	const stopFig = predictedRecall(items, stateOf, at, scheduler);
	const keep = new Map<string, { sum: number }>();
	let keepAll = 0;
	for (const item of items) {
		const state = stateOf(item.id);
		let r = 0;
		if (state) {
			const stop = scheduler.retrievability(state, at) ?? 0;
			r = suspended(item.id) ? stop : Math.max(retention, stop);
		} else if (!suspended(item.id) && introducible > 0) {
			introducible--;
			r = retention;
		}
		keepAll += r;
		for (const t of item.topics) {
			const acc = keep.get(t) ?? { sum: 0 };
			acc.sum += r;
			keep.set(t, acc);
		}
	}
	const topics = topicPlans(nowFig, stopFig, keep);
	return {
		v: 1,
		deckId: input.deckId,
		examDate: input.examDate,
		computedAt: input.now,
		daysLeft,
		studyDays,
		retention,
		items: items.length,
		seen: items.length - unseen,
		unseen,
		dailyNewTarget: studyDays > 0 ? Math.ceil(unseen / studyDays) : 0,
		overall: {
			now: round(nowFig.overall.recall),
			stopToday: round(stopFig.overall.recall),
			keepUp: round(items.length ? keepAll / items.length : 0)
		},
		topics,
		below: topics
			.filter((t) => t.now < retention)
			.sort((a, b) => a.now - b.now || (a.id < b.id ? -1 : 1))
			.map((t) => t.id)
	};
}

function topicPlans(
	now: RecallByTopic,
	stop: RecallByTopic,
	keep: Map<string, { sum: number }>
): TopicPlan[] {
	return [...now.byTopic].map(([id, fig]) => ({
		id,
		items: fig.items,
		seen: fig.seen,
		now: round(fig.recall),
		stopToday: round(stop.byTopic.get(id)?.recall ?? 0),
		keepUp: round(fig.items ? (keep.get(id)?.sum ?? 0) / fig.items : 0)
	}));
}

/** Home's figures over every deck with a plan: overall recall weighted by items. */
export interface ExamPlanOverview {
	examDate: string;
	daysLeft: number;
	items: number;
	seen: number;
	overall: PlanFigures;
	decks: { deckId: string; dailyNewTarget: number; below: string[] }[];
}

/** Combines the decks' plans for one exam date (plans for another date are left out). */
export function combineExamPlans(
	plans: readonly DeckExamPlan[],
	examDate: string
): ExamPlanOverview | undefined {
	const same = plans.filter((p) => p.examDate === examDate);
	if (!same.length) return undefined;
	const items = same.reduce((n, p) => n + p.items, 0);
	const mean = (f: keyof PlanFigures) =>
		round(items ? same.reduce((s, p) => s + p.overall[f] * p.items, 0) / items : 0);
	return {
		examDate,
		// The freshest plan knows best how many days are left.
		daysLeft: same.reduce((a, b) => (b.computedAt > a.computedAt ? b : a)).daysLeft,
		items,
		seen: same.reduce((n, p) => n + p.seen, 0),
		overall: { now: mean('now'), stopToday: mean('stopToday'), keepUp: mean('keepUp') },
		decks: same.map((p) => ({
			deckId: p.deckId,
			dailyNewTarget: p.dailyNewTarget,
			below: [...p.below]
		}))
	};
}

const isFigures = (x: unknown): x is PlanFigures => {
	const f = x as Record<string, unknown> | null;
	return (
		typeof f === 'object' &&
		f !== null &&
		['now', 'stopToday', 'keepUp'].every(
			(k) => typeof f[k] === 'number' && (f[k] as number) >= 0 && (f[k] as number) <= 1
		)
	);
};

/**
 * Checks a stored plan by hand (home ships no zod): a plan that fails is dropped and
 * recomputed at the next save, never shown half-read.
 */
export function isDeckExamPlan(x: unknown): x is DeckExamPlan {
	const p = x as Record<string, unknown> | null;
	if (typeof p !== 'object' || p === null || p.v !== 1) return false;
	const ints = ['daysLeft', 'studyDays', 'items', 'seen', 'unseen', 'dailyNewTarget'];
	return (
		typeof p.deckId === 'string' &&
		typeof p.examDate === 'string' &&
		parseExamDate(p.examDate) !== undefined &&
		Number.isFinite(p.computedAt) &&
		typeof p.retention === 'number' &&
		ints.every((k) => Number.isInteger(p[k])) &&
		isFigures(p.overall) &&
		Array.isArray(p.topics) &&
		p.topics.every(
			(t) =>
				isFigures(t) &&
				typeof (t as TopicPlan).id === 'string' &&
				Number.isInteger((t as TopicPlan).items) &&
				Number.isInteger((t as TopicPlan).seen)
		) &&
		Array.isArray(p.below) &&
		p.below.every((t) => typeof t === 'string')
	);
}
