import type { Deck, ReviewItem } from '../deck/index.ts';
import { effectiveHistory, itemKey, type LogEvent } from '../log/index.ts';
import { replayItem, Scheduler, type ItemState } from '../srs/index.ts';
import { answerMs, predictedRecall } from '../stats/index.ts';
import type { Assignment } from './assignment.ts';

/** The settings the figures depend on. */
export interface FigureSettings {
	/** Desired retention, 0.70–0.97. */
	retention: number;
	/** Local hour a study day starts. */
	dayStartHour: number;
}

/** One Timed block taken on the assignment's items: when, how many questions, how many right. */
export interface TimedBlock {
	at: number;
	size: number;
	correct: number;
}

/** Progress against an assignment's rule. */
export type AssignmentStatus = 'not-started' | 'in-progress' | 'done' | 'overdue';

/** Figures of one topic (or of the whole assignment). */
export interface TopicFigures {
	topic: string;
	/** Items of the deck in this topic. */
	items: number;
	/** Of those, reviewed at least once (after undo and forget). */
	done: number;
	/** Reviews that count, and how many of them were right. */
	answered: number;
	correct: number;
	/** correct / answered, or null before any answer. */
	accuracy: number | null;
	/** Mean predicted recall at the due date, 0–1, unseen items as 0. */
	recall: number;
}

/** Everything a report states and a cohort dashboard shows about one resident's assignment. */
export interface AssignmentFigures {
	overall: TopicFigures;
	byTopic: TopicFigures[];
	/** Sum of answer times, each capped as today's totals cap them (stats `answerMs`). */
	timeMs: number;
	/** Time of the latest review that counts, or null. */
	lastActivity: number | null;
	/** Each part of the rule: met or not (absent when the rule does not ask it). */
	rule: { reviewed: boolean; recall?: boolean; timed?: boolean };
	status: AssignmentStatus;
}

/** What the figures are computed from. */
export interface FigureInput {
	assignment: Assignment;
	/** The deck (its items and topic order); events of other decks or items are ignored. */
	deck: Pick<Deck, 'id' | 'topics' | 'items'>;
	events: readonly LogEvent[];
	blocks: readonly TimedBlock[];
	settings: FigureSettings;
	/** When the assignment is due (see dueAt in assignment.ts): recall is predicted for then. */
	dueAt: number;
	/** "Now", for done / overdue. */
	now: number;
}

/** The assignment's topics, in the deck's order for "all". */
export function assignmentTopics(
	assignment: Assignment,
	deck: Pick<Deck, 'topics'>
): readonly string[] {
	return assignment.topics === 'all' ? deck.topics.map((t) => t.id) : assignment.topics;
}

/** The deck items an assignment covers: those with at least one of its topics. */
export function assignmentItems(
	assignment: Assignment,
	deck: Pick<Deck, 'topics' | 'items'>
): ReviewItem[] {
	const topics = new Set(assignmentTopics(assignment, deck));
	return deck.items.filter((i) => i.topics.some((t) => topics.has(t)));
}

/**
 * The figures of one resident's assignment, from their events: the one function the resident's
 * report and the director's recomputation both call, so they agree by construction.
 */
export function computeFigures(input: FigureInput): AssignmentFigures {
	const { assignment, deck, settings } = input;
	const items = assignmentItems(assignment, deck);
	const keyed = new Map(items.map((i) => [itemKey(deck.id, i.id), i]));
	const byItem = new Map<string, LogEvent[]>();
	for (const e of input.events) {
		// Practice answers are never scheduled, so they say nothing about what is known.
		if (!keyed.has(e.item) || (e.origin as string) === 'practice') continue;
		let list = byItem.get(e.item);
		if (!list) byItem.set(e.item, (list = []));
		list.push(e);
	}
	const scheduler = new Scheduler({ ...settings, fuzz: false });
	const states = new Map<string, ItemState>();
	const perItem = new Map<string, { answered: number; correct: number }>();
	let timeMs = 0;
	let lastActivity: number | null = null;
	for (const [key, events] of byItem) {
		const item = keyed.get(key)!;
		const history = effectiveHistory(events, item.revision);
		const state = replayItem(history, scheduler);
		if (state) states.set(item.id, state);
		let correct = 0;
		for (const r of history.reviews) {
			if (r.event.correct ?? r.rating >= 3) correct++;
			timeMs += answerMs(r.event);
			lastActivity = Math.max(lastActivity ?? r.event.t, r.event.t);
		}
		perItem.set(item.id, { answered: history.reviews.length, correct });
	}
	const recall = predictedRecall(items, (id) => states.get(id), input.dueAt, scheduler);
	const figure = (topic: string, of: readonly ReviewItem[], r: number): TopicFigures => {
		const f = { topic, items: of.length, done: 0, answered: 0, correct: 0 };
		for (const i of of) {
			const p = perItem.get(i.id);
			if (p?.answered) f.done++;
			f.answered += p?.answered ?? 0;
			f.correct += p?.correct ?? 0;
		}
		return { ...f, accuracy: f.answered ? f.correct / f.answered : null, recall: r };
	};
	const byTopic = assignmentTopics(assignment, deck).map((t) =>
		figure(
			t,
			items.filter((i) => i.topics.includes(t)),
			recall.byTopic.get(t)?.recall ?? 0
		)
	);
	const overall = figure('', items, recall.overall.recall);
	const rule: AssignmentFigures['rule'] = {
		reviewed: items.length > 0 && overall.done === items.length
	};
	const { recallPercent, timed } = assignment.done;
	if (recallPercent !== undefined)
		rule.recall = byTopic.every((t) => t.items === 0 || t.recall * 100 >= recallPercent - 1e-9);
	if (timed)
		rule.timed = input.blocks.some(
			(b) => b.size >= timed.questions && (b.correct / b.size) * 100 >= timed.scorePercent - 1e-9
		);
	const met = rule.reviewed && rule.recall !== false && rule.timed !== false;
	const status: AssignmentStatus = met
		? 'done'
		: input.now >= input.dueAt
			? 'overdue'
			: overall.answered || input.blocks.length
				? 'in-progress'
				: 'not-started';
	return { overall, byTopic, timeMs, lastActivity, rule, status };
}
