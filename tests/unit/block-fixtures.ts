import type { Card, CompiledDeck, McqQuestion, ReviewItem } from '../../src/lib/deck/index.ts';
import { itemsOf } from '../../src/lib/deck/index.ts';
import type { Block } from '../../src/lib/quiz/block.ts';
import { buildBlock } from '../../src/lib/quiz/block-build.ts';
import { blockUnits, type DeckSource } from '../../src/lib/quiz/block-pool.ts';

const base = { sources: [{ ref: 's' }], facts: [], inference: false, revision: 1 };

/** An mcq question whose correct option is `a`, options a–e (or `ids`). */
export function mcq(stem: string, ids = ['a', 'b', 'c', 'd', 'e']): McqQuestion {
	return {
		kind: 'mcq',
		stem: `<p>${stem}</p>`,
		options: ids.map((id, i) => ({ id, html: id, correct: i === 0, why: 'w' }))
	};
}

/**
 * A deck for blocks: mcq q1–q6 (topics x, x, y, y, x+y, x), a level card, a basic card, and a
 * case with steps r1 (recall), m1 (mcq), r2 (recall), m2 (mcq), r3 (recall) in topic y.
 */
export function blockDeck(): CompiledDeck {
	const topics = ['x', 'x', 'y', 'y', 'x', 'x'];
	const cards: Card[] = [
		...topics.map((t, i): Card => ({
			...base,
			id: `q${i + 1}`,
			kind: 'mcq',
			topics: i === 4 ? ['x', 'y'] : [t],
			question: mcq(`Q${i + 1}`)
		})),
		{
			...base,
			id: 'lv',
			kind: 'level',
			match: 'all',
			topics: ['x'],
			prompt: '<p>Level?</p>',
			answer: ['L4'],
			span: ['L3', 'L4', 'L5']
		},
		{ ...base, id: 'bas', kind: 'basic', topics: ['x'], front: 'f', back: 'b' },
		{
			...base,
			id: 'case',
			kind: 'vignette',
			topics: ['y'],
			title: 'Case',
			stem: '<p>s</p>',
			steps: ['r1', 'm1', 'r2', 'm2', 'r3'].map((id) => ({
				id,
				question: id.startsWith('m')
					? mcq(id)
					: { kind: 'recall' as const, prompt: `<p>${id}?</p>`, answer: '<p>x</p>' },
				sources: [],
				facts: []
			}))
		}
	];
	const items: ReviewItem[] = cards.flatMap(itemsOf);
	return {
		id: 'd',
		format: 1,
		revision: 1,
		reviewed: '2026-01-01',
		title: 'Blocks',
		description: '',
		disclaimer: 'x',
		sources: { s: { key: 's', kind: 'paper', citation: 'c', grade: 'High' } },
		topics: [
			{ id: 'x', title: 'X' },
			{ id: 'y', title: 'Y' }
		],
		cards,
		items
	};
}

/** The deck as the block builder reads it. */
export function blockSource(deck: CompiledDeck = blockDeck()): DeckSource {
	const byId = new Map(deck.cards.map((c) => [c.id, c]));
	return { deckId: deck.id, items: deck.items, cards: byId };
}

/** Grades as the fixture is keyed: option `a` (and level L4) is right. */
export const gradeFixture = (_key: string, choice: readonly string[]) =>
	choice.length === 1 && (choice[0] === 'a' || choice[0] === 'L4');

/**
 * A block over the fixture deck with questions in deck order (q1…q6, lv, case m1, m2),
 * started at `now`.
 */
export function fixtureBlock(
	mode: 'tutor' | 'timed',
	now: number,
	extra: { timeLimitSec?: number; strict?: boolean; unitKeys?: string[] } = {}
): Block {
	const all = blockUnits([blockSource()], []);
	const units = extra.unitKeys ? all.filter((u) => extra.unitKeys!.includes(u.key)) : all;
	const size = units.reduce((n, u) => n + u.questions.length, 0);
	const counts = { all: size, unused: size, incorrect: 0, flagged: 0 };
	return buildBlock(
		{ counts, available: size, size, units },
		{ decks: ['d'], topics: [], pool: 'all', mode, ...extra },
		{ id: 'blk', seed: 'seed', now }
	)!;
}
