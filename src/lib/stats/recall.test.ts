import { describe, expect, it } from 'vitest';
import { DAY, T0 } from '../../../tests/unit/fixtures.ts';
import type { ReviewItem } from '../deck/index.ts';
import { Scheduler, type ItemState } from '../srs/index.ts';
import { predictedRecall } from './index.ts';

const scheduler = new Scheduler({ retention: 0.9, fuzz: false, dayStartHour: 4 });
const item = (id: string, topics: string[]): ReviewItem => ({
	id,
	cardId: id,
	kind: 'basic',
	topics,
	revision: 1
});

describe('predictedRecall', () => {
	const items = [item('a', ['x']), item('b', ['x', 'y']), item('c', ['y'])];
	const learned = scheduler.next(undefined, 4, T0, 0);
	const states = new Map<string, ItemState>([['a', learned]]);

	it('counts unseen items as 0 and averages retrievability per topic and overall', () => {
		const at = T0 + 10 * DAY;
		const r = scheduler.retrievability(learned, at)!;
		const out = predictedRecall(items, (id) => states.get(id), at, scheduler);
		expect(out.overall).toEqual({ items: 3, seen: 1, recall: r / 3 });
		expect(out.byTopic.get('x')).toEqual({ items: 2, seen: 1, recall: r / 2 });
		expect(out.byTopic.get('y')).toEqual({ items: 2, seen: 0, recall: 0 });
	});

	it('falls as the date moves further away', () => {
		const near = predictedRecall(items, (id) => states.get(id), T0 + DAY, scheduler);
		const far = predictedRecall(items, (id) => states.get(id), T0 + 100 * DAY, scheduler);
		expect(far.overall.recall).toBeLessThan(near.overall.recall);
	});
});
