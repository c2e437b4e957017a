import type { CompiledDeck, ReviewItem } from '../../src/lib/deck/index.ts';
import type { LogEvent } from '../../src/lib/log/index.ts';

/** 2026-01-05 12:00 UTC, a fixed "now" for deterministic tests. */
export const T0 = Date.UTC(2026, 0, 5, 12, 0, 0);
export const MIN = 60_000;
export const DAY = 86_400_000;

/** A small compiled deck: 2 basic cards, a 2-cloze card and a 3-step vignette. */
export function testDeck(): CompiledDeck {
	const base = {
		topics: ['t1'],
		sources: [{ ref: 's' }],
		facts: [],
		inference: false,
		revision: 1
	};
	const cards: CompiledDeck['cards'] = [
		{ ...base, id: 'a', kind: 'basic', front: '<p>A?</p>', back: '<p>A</p>' },
		{ ...base, id: 'b', kind: 'basic', front: '<p>B?</p>', back: '<p>B</p>', topics: ['t2'] },
		{
			...base,
			id: 'cz',
			kind: 'cloze',
			clozes: [
				{ n: 1, front: '<p>[…] y</p>', back: '<p>x y</p>' },
				{ n: 2, front: '<p>x […]</p>', back: '<p>x y</p>' }
			]
		},
		{
			...base,
			id: 'case',
			kind: 'vignette',
			title: 'Case',
			stem: '<p>s</p>',
			steps: ['s1', 's2', 's3'].map((id) => ({
				id,
				question: { kind: 'recall' as const, prompt: `<p>${id}?</p>`, answer: '<p>x</p>' },
				sources: [],
				facts: []
			}))
		}
	];
	const items: ReviewItem[] = [
		{ id: 'a', cardId: 'a', kind: 'basic', topics: ['t1'], revision: 1 },
		{ id: 'b', cardId: 'b', kind: 'basic', topics: ['t2'], revision: 1 },
		{ id: 'cz::c1', cardId: 'cz', kind: 'cloze', part: 1, topics: ['t1'], revision: 1 },
		{ id: 'cz::c2', cardId: 'cz', kind: 'cloze', part: 2, topics: ['t1'], revision: 1 },
		...['s1', 's2', 's3'].map((s, i) => ({
			id: `case::${s}`,
			cardId: 'case',
			kind: 'vignette' as const,
			part: i,
			topics: ['t1'],
			revision: 1
		}))
	];
	return {
		id: 'test',
		format: 1,
		revision: 1,
		reviewed: '2026-01-01',
		title: 'Test',
		description: '',
		disclaimer: 'x',
		sources: { s: { key: 's', kind: 'paper', citation: 'c', doi: '10/x', grade: 'High' } },
		topics: [
			{ id: 't1', title: 'T1' },
			{ id: 't2', title: 'T2' }
		],
		cards,
		items
	};
}

let seq = 0;
/** A review event with sensible defaults. */
export function ev(p: Partial<LogEvent> & Pick<LogEvent, 'item' | 't'>): LogEvent {
	return { id: `w0.${seq++}`, kind: 'review', origin: 'study', tz: 0, rev: 1, rating: 3, ...p };
}
