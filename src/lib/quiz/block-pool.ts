import type { Card, CardLookup, McqQuestion, ReviewItem } from '../deck/index.ts';
import { effectiveHistory, itemKey, type LogEvent } from '../log/index.ts';
import type { BlockPool } from './block.ts';

/** A deck as the block builder reads it: its items and a way to find their cards. */
export interface DeckSource {
	deckId: string;
	items: readonly ReviewItem[];
	cards: CardLookup;
}

/** One question as a unit of the pool carries it, before the block gives it an option order. */
export interface UnitQuestion {
	key: string;
	topics: string[];
	caseKey: string | null;
	narrative: string[];
	/** Option ids in file order; empty for a level item. */
	optionIds: string[];
	/** False when the card asks for its options in file order. */
	shuffle: boolean;
}

/** What enters a block whole: one question, or every question step of one case. */
export interface BlockUnit {
	/** The item key of a lone question, the case key of a vignette. */
	key: string;
	questions: UnitQuestion[];
}

/** The mcq a vignette step asks, if it asks one. */
function stepMcq(card: Card | undefined, part: number | undefined): McqQuestion | undefined {
	if (card?.kind !== 'vignette' || part === undefined) return undefined;
	const q = card.steps[part]?.question;
	return q?.kind === 'mcq' ? q : undefined;
}

// Issue 12 adds `shuffle: false` to questions; read it structurally so this compiles before.
const shuffles = (q: McqQuestion) => (q as { shuffle?: boolean }).shuffle !== false;

/** Whether an item can be a block question: an mcq, a level item, or a vignette step's mcq. */
export function isQuestionItem(item: ReviewItem, card: Card | undefined): boolean {
	if (!card || card.id !== item.cardId) return false;
	if (item.kind === 'mcq' || item.kind === 'level') return card.kind === item.kind;
	return item.kind === 'vignette' && stepMcq(card, item.part) !== undefined;
}

/**
 * Every unit a block could draw from these decks, in deck order. A case enters whole: its mcq
 * steps in step order, each carrying the recall steps before it as narrative (recall steps
 * after the last question ask nothing and are left out). `topics` filters by any shared
 * topic; empty means all.
 */
export function blockUnits(decks: readonly DeckSource[], topics: readonly string[]): BlockUnit[] {
	const wanted = new Set(topics);
	const units: BlockUnit[] = [];
	for (const deck of decks) {
		const steps = new Map<string, ReviewItem[]>();
		const cases = new Map<string, BlockUnit>();
		for (const item of deck.items) {
			if (wanted.size && !item.topics.some((t) => wanted.has(t))) continue;
			if (item.kind === 'vignette') {
				const list = steps.get(item.cardId);
				if (list) list.push(item);
				else {
					steps.set(item.cardId, [item]);
					// Placed where its first step is, so the case keeps its deck position.
					const unit: BlockUnit = { key: itemKey(deck.deckId, item.cardId), questions: [] };
					cases.set(item.cardId, unit);
					units.push(unit);
				}
				continue;
			}
			const card = deck.cards.get(item.cardId);
			if (!card || !isQuestionItem(item, card)) continue;
			const optionIds = card.kind === 'mcq' ? card.question.options.map((o) => o.id) : [];
			const shuffle = card.kind === 'mcq' ? shuffles(card.question) : false;
			const key = itemKey(deck.deckId, item.id);
			units.push({
				key,
				questions: [{ key, topics: item.topics, caseKey: null, narrative: [], optionIds, shuffle }]
			});
		}
		for (const [cardId, items] of steps)
			cases.get(cardId)!.questions = caseQuestions(deck, cardId, items);
	}
	return units.filter((u) => u.questions.length > 0);
}

function caseQuestions(deck: DeckSource, cardId: string, items: ReviewItem[]): UnitQuestion[] {
	const card = deck.cards.get(cardId);
	const caseKey = itemKey(deck.deckId, cardId);
	const out: UnitQuestion[] = [];
	let narrative: string[] = [];
	for (const item of [...items].sort((a, b) => (a.part ?? 0) - (b.part ?? 0))) {
		const key = itemKey(deck.deckId, item.id);
		const mcq = stepMcq(card, item.part);
		if (!mcq) {
			narrative.push(key);
			continue;
		}
		out.push({
			key,
			topics: item.topics,
			caseKey,
			narrative,
			optionIds: mcq.options.map((o) => o.id),
			shuffle: shuffles(mcq)
		});
		narrative = [];
	}
	return out;
}

/** The fields of a log event the pools read; structural, so new event kinds need no change. */
export interface PoolEventLike {
	id: string;
	kind: string;
	item: string;
	t: number;
	origin: string;
	correct?: boolean;
	target?: string;
}

/**
 * Items currently marked ("Flag" in study and in blocks): the latest live `mark` or `unmark`
 * of each item decides; an undone one no longer counts.
 */
export function markedItems(events: readonly PoolEventLike[]): Set<string> {
	const undone = new Set<string>();
	for (const e of events) if (e.kind === 'undo' && e.target) undone.add(e.target);
	const latest = new Map<string, PoolEventLike>();
	for (const e of events) {
		if ((e.kind !== 'mark' && e.kind !== 'unmark') || undone.has(e.id)) continue;
		const prev = latest.get(e.item);
		if (!prev || e.t > prev.t || (e.t === prev.t && e.id > prev.id)) latest.set(e.item, e);
	}
	return new Set([...latest].filter(([, e]) => e.kind === 'mark').map(([item]) => item));
}

/** What the log says about items for the pools. */
export interface BlockHistory {
	/** Items with an effective review from a block (origin `exam`). */
	answered: ReadonlySet<string>;
	/** Items whose last effective block answer was wrong. */
	lastWrong: ReadonlySet<string>;
	marked: ReadonlySet<string>;
}

/**
 * Reads the pools from the log. Block answers count as the schedule counts them (undone
 * ones and ones before a forget or against an older card revision do not), so a forgotten
 * or rewritten question is "unused" again. `revisionOf` gives an item key's card revision;
 * items no longer in a deck are skipped.
 */
export function blockHistory(
	events: readonly LogEvent[],
	revisionOf: (itemKey: string) => number | undefined
): BlockHistory {
	const byItem = new Map<string, LogEvent[]>();
	for (const e of events) {
		const list = byItem.get(e.item);
		if (list) list.push(e);
		else byItem.set(e.item, [e]);
	}
	const answered = new Set<string>();
	const lastWrong = new Set<string>();
	for (const [key, list] of byItem) {
		const revision = revisionOf(key);
		if (revision === undefined) continue;
		const exam = effectiveHistory(list, revision).reviews.filter((r) => r.event.origin === 'exam');
		const last = exam.at(-1);
		if (!last) continue;
		answered.add(key);
		if (last.event.correct === false || (last.event.correct === undefined && last.rating === 1))
			lastWrong.add(key);
	}
	return { answered, lastWrong, marked: markedItems(events) };
}

/** Whether a question belongs to a pool. */
export function questionInPool(key: string, pool: BlockPool, history: BlockHistory): boolean {
	switch (pool) {
		case 'all':
			return true;
		case 'unused':
			return !history.answered.has(key);
		case 'incorrect':
			return history.lastWrong.has(key);
		case 'flagged':
			return history.marked.has(key);
	}
}

/** Whether a unit enters a pool: a case does when any of its questions does. */
export function unitInPool(unit: BlockUnit, pool: BlockPool, history: BlockHistory): boolean {
	return unit.questions.some((q) => questionInPool(q.key, pool, history));
}

/** Questions each pool holds (whole cases counted), for the counts beside each pool. */
export function poolCounts(
	units: readonly BlockUnit[],
	history: BlockHistory
): Record<BlockPool, number> {
	const count = (pool: BlockPool) =>
		units.filter((u) => unitInPool(u, pool, history)).reduce((n, u) => n + u.questions.length, 0);
	return {
		all: count('all'),
		unused: count('unused'),
		incorrect: count('incorrect'),
		flagged: count('flagged')
	};
}
