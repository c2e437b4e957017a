import { describe, expect, it } from 'vitest';
import { blockSource } from '../../../tests/unit/block-fixtures.ts';
import { ev, T0 } from '../../../tests/unit/fixtures.ts';
import {
	blockHistory,
	blockUnits,
	isQuestionItem,
	markedItems,
	poolCounts,
	type PoolEventLike
} from './block-pool.ts';

const src = blockSource();
const rev = (key: string) => (key.startsWith('d/') ? 1 : undefined);

describe('block units', () => {
	const units = blockUnits([src], []);

	it('takes mcq, level and the mcq steps of a case; never basic or recall items', () => {
		const keys = units.flatMap((u) => u.questions.map((q) => q.key));
		expect(keys).toEqual([
			'd/q1',
			'd/q2',
			'd/q3',
			'd/q4',
			'd/q5',
			'd/q6',
			'd/lv',
			'd/case::m1',
			'd/case::m2'
		]);
		const basic = src.items.find((i) => i.id === 'bas')!;
		expect(isQuestionItem(basic, src.cards.get('bas'))).toBe(false);
	});

	it('keeps a case whole, its recall steps as narrative before each question', () => {
		const c = units.find((u) => u.key === 'd/case')!;
		expect(c.questions.map((q) => [q.key, q.narrative, q.caseKey])).toEqual([
			['d/case::m1', ['d/case::r1'], 'd/case'],
			['d/case::m2', ['d/case::r2'], 'd/case']
		]);
	});

	it('carries option ids in file order and none for a level item', () => {
		expect(units[0].questions[0].optionIds).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(units.find((u) => u.key === 'd/lv')!.questions[0].optionIds).toEqual([]);
	});

	it('filters by topic', () => {
		const y = blockUnits([src], ['y']).map((u) => u.key);
		expect(y).toEqual(['d/q3', 'd/q4', 'd/q5', 'd/case']);
	});

	it('skips items whose card is missing', () => {
		const none = blockUnits([{ ...src, cards: new Map() }], []);
		expect(none).toEqual([]);
	});
});

describe('pools from the log', () => {
	const units = blockUnits([src], []);
	const exam = (item: string, correct: boolean, t: number) =>
		ev({ item, t, origin: 'exam', correct, rating: correct ? 3 : 1 });

	it('counts every pool, whole cases included', () => {
		const events = [
			exam('d/q1', true, T0),
			exam('d/q2', false, T0 + 1),
			exam('d/q2', true, T0 + 2), // last block answer right: not incorrect any more
			exam('d/q3', false, T0 + 3),
			exam('d/case::m1', false, T0 + 4),
			ev({ item: 'd/q4', t: T0, origin: 'study', rating: 1, correct: false }) // not a block
		];
		const h = blockHistory(events, rev);
		expect([...h.answered].sort()).toEqual(['d/case::m1', 'd/q1', 'd/q2', 'd/q3']);
		expect([...h.lastWrong].sort()).toEqual(['d/case::m1', 'd/q3']);
		// unused: q4 q5 q6 lv and the case (m2 unused brings the whole case: 2 questions)
		expect(poolCounts(units, h)).toEqual({ all: 9, unused: 6, incorrect: 3, flagged: 0 });
	});

	it('ignores undone block answers and answers to an older revision', () => {
		const a = exam('d/q1', false, T0);
		const undo = ev({ item: 'd/q1', t: T0 + 1, kind: 'undo', target: a.id, rating: undefined });
		const old = { ...exam('d/q2', false, T0), rev: 0 };
		const h = blockHistory([a, undo, old], rev);
		expect(h.answered.size).toBe(0);
	});

	it('reads marks: the latest live mark or unmark wins, undone ones do not count', () => {
		const e = (id: string, kind: string, item: string, t: number, target?: string) =>
			({ id, kind, item, t, origin: 'study', target }) satisfies PoolEventLike;
		const marks = markedItems([
			e('w.1', 'mark', 'd/q1', T0),
			e('w.2', 'mark', 'd/q2', T0),
			e('w.3', 'unmark', 'd/q2', T0 + 1),
			e('w.4', 'mark', 'd/q3', T0),
			e('w.5', 'undo', 'd/q3', T0 + 2, 'w.4'),
			e('w.7', 'mark', 'd/q4', T0),
			e('w.6', 'unmark', 'd/q4', T0) // same time: the log's order (by id) decides
		]);
		expect([...marks].sort()).toEqual(['d/q1', 'd/q4']);
	});
});
