import { describe, expect, it } from 'vitest';
import { DAY, T0 } from '../../../tests/unit/fixtures.ts';
import type { ReviewItem } from '../deck/index.ts';
import { Scheduler, type ItemState } from '../srs/index.ts';
import {
	combineExamPlans,
	examPlan,
	examTime,
	isDeckExamPlan,
	parseExamDate,
	type ExamPlanInput
} from './exam-plan.ts';
import { predictedRecall } from './recall.ts';

const scheduler = new Scheduler({ retention: 0.9, fuzz: false, dayStartHour: 4 });
const item = (id: string, topics: string[]): ReviewItem => ({
	id,
	cardId: id,
	kind: 'basic',
	topics,
	revision: 1
});
// T0 is 2026-01-05 12:00 UTC; the exam is 30 study days later.
const EXAM = '2026-02-04';
const items = [item('a', ['x']), item('b', ['x']), item('c', ['y']), item('d', ['y'])];
const learned = scheduler.next(undefined, 3, T0 - DAY, 0);
const states = new Map<string, ItemState>([
	['a', learned],
	['b', learned]
]);
const input: ExamPlanInput = {
	deckId: 'd',
	items,
	stateOf: (id) => states.get(id),
	scheduler,
	retention: 0.9,
	newPerDay: 20,
	examDate: EXAM,
	now: T0,
	tz: 0,
	dayStartHour: 4
};

describe('exam dates', () => {
	it('reads real dates only, and puts the exam at 08:00 local time', () => {
		expect(parseExamDate('2026-02-30')).toBeUndefined();
		expect(parseExamDate('26-2-3')).toBeUndefined();
		expect(examTime(EXAM, 540)).toBe(Date.UTC(2026, 1, 4, 8) - 540 * 60_000);
		expect(examPlan({ ...input, examDate: 'soon' })).toBeUndefined();
	});
});

describe('examPlan', () => {
	const plan = examPlan(input)!;

	it('counts days left and the study days before the cutoff a week out', () => {
		expect(plan).toMatchObject({ daysLeft: 30, studyDays: 23, items: 4, seen: 2, unseen: 2 });
		expect(examPlan({ ...input, now: T0 + 29 * DAY })).toMatchObject({ daysLeft: 1, studyDays: 0 });
	});

	it('sets the daily target: unseen ÷ study days before the cutoff, rounded up', () => {
		expect(plan.dailyNewTarget).toBe(1);
		const many = Array.from({ length: 50 }, (_, i) => item(`n${i}`, ['z']));
		expect(examPlan({ ...input, items: many })!.dailyNewTarget).toBe(Math.ceil(50 / 23));
		expect(examPlan({ ...input, now: T0 + 25 * DAY })!.dailyNewTarget).toBe(0);
	});

	it('"if you stop today" is predictedRecall at the exam time', () => {
		const stop = predictedRecall(items, input.stateOf, examTime(EXAM, 0)!, scheduler);
		expect(plan.overall.stopToday).toBeCloseTo(stop.overall.recall, 4);
		expect(plan.topics.find((t) => t.id === 'y')!.stopToday).toBe(0);
	});

	it('"if you keep up" counts seen items at the retention and unseen ones met in time', () => {
		expect(plan.overall.keepUp).toBeCloseTo(0.9, 4);
		// one new a day and one study day: only the first unseen item is met before the cutoff
		const late = examPlan({ ...input, newPerDay: 1, now: T0 + 22 * DAY })!;
		expect(late.studyDays).toBe(1);
		expect(late.overall.keepUp).toBeCloseTo((0.9 * 3) / 4, 4);
		expect(late.topics.find((t) => t.id === 'y')!.keepUp).toBeCloseTo(0.45, 4);
		// inside the last week nothing new counts
		const lastWeek = examPlan({ ...input, now: T0 + 25 * DAY })!;
		expect(lastWeek.overall.keepUp).toBeCloseTo(0.45, 4);
	});

	it('never puts keeping up below stopping today; suspended items do not count as kept up', () => {
		const suspended = examPlan({ ...input, suspended: (id) => id === 'a' || id === 'c' })!;
		for (const p of [plan, suspended]) {
			expect(p.overall.keepUp).toBeGreaterThanOrEqual(p.overall.stopToday);
			for (const t of p.topics) expect(t.keepUp).toBeGreaterThanOrEqual(t.stopToday);
		}
		expect(suspended.topics.find((t) => t.id === 'y')!.keepUp).toBeCloseTo(0.45, 4);
	});

	it('lists the topics under the desired retention now, weakest first', () => {
		// x was learned yesterday (recall now above 90 %); y is unseen
		expect(plan.topics.find((t) => t.id === 'x')!.now).toBeGreaterThanOrEqual(0.9);
		expect(plan.below).toEqual(['y']);
		const lapsed = examPlan({ ...input, now: T0 + 20 * DAY })!;
		expect(lapsed.below).toEqual(['y', 'x']);
		const allSeen = new Map(items.map((i) => [i.id, learned]));
		expect(examPlan({ ...input, stateOf: (id) => allSeen.get(id) })!.below).toEqual([]);
	});

	it('is plain data that survives JSON and its own check', () => {
		const back = JSON.parse(JSON.stringify(plan));
		expect(back).toEqual(plan);
		expect(isDeckExamPlan(back)).toBe(true);
		expect(isDeckExamPlan({ ...back, overall: { now: 2 } })).toBe(false);
		expect(isDeckExamPlan({ ...back, v: 2 })).toBe(false);
		expect(isDeckExamPlan(null)).toBe(false);
	});
});

describe('combineExamPlans', () => {
	it('weights overall recall by items and lists each deck’s target', () => {
		const a = examPlan(input)!;
		const b = examPlan({ ...input, deckId: 'e', items: items.slice(2) })!;
		const all = combineExamPlans([a, b, { ...b, deckId: 'old', examDate: '2026-06-01' }], EXAM)!;
		expect(all.items).toBe(6);
		expect(all.overall.keepUp).toBeCloseTo((a.overall.keepUp * 4 + b.overall.keepUp * 2) / 6, 4);
		expect(all.decks.map((d) => [d.deckId, d.dailyNewTarget])).toEqual([
			['d', 1],
			['e', 1]
		]);
		expect(combineExamPlans([], EXAM)).toBeUndefined();
	});
});
