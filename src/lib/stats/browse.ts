// The card browser's rows, filters and problem-report export: pure, so the page only renders.
import { isMiss } from './today.ts';
import type { CardLookup, Deck, ReviewItem } from '../deck/index.ts';
import { itemText, plainText } from '../deck/item-text.ts';
import { effectiveHistory, type LogEvent } from '../log/index.ts';
import { studyDayStart } from '../srs/day.ts';
import type { ItemState } from '../srs/item-state.ts';
import type { ItemProgress } from '../srs/packed.ts';

/** Where an item is in its schedule (relearning counts as learning, as in today's queue). */
export type RowState = 'new' | 'learning' | 'review';

/** What the state filter can pick: a schedule state, or a mark the learner or the log left. */
export type StateFilter =
	'all' | 'new' | 'learning' | 'review' | 'suspended' | 'flagged' | 'reported' | 'missed';

/** The state filter's choices in menu order, with the words the page shows. */
export const STATE_FILTERS: readonly { id: StateFilter; label: string }[] = [
	{ id: 'all', label: 'Any state' },
	{ id: 'new', label: 'New' },
	{ id: 'learning', label: 'Learning' },
	{ id: 'review', label: 'Review' },
	{ id: 'suspended', label: 'Suspended' },
	{ id: 'flagged', label: 'Flagged' },
	{ id: 'reported', label: 'Reported' },
	{ id: 'missed', label: 'Missed today' }
];

/** How rows are ordered: the deck's own order (the default), soonest due, or most lapses. */
export type RowOrder = 'deck' | 'due' | 'lapses';

/** One item of the browser: its text, where it stands, and what the learner left on it. */
export interface BrowseRow {
	key: string;
	item: ReviewItem;
	/** Position in the deck (the default order). */
	position: number;
	/** What the item asks, as plain text (a vignette step: the case's title and step). */
	prompt: string;
	/** A vignette step's question as plain text, or which gap of a cloze card (else empty). */
	detail: string;
	/** The answer, as plain text. */
	answer: string;
	/** Whether the card's text is known (its content part loaded). */
	loaded: boolean;
	state: RowState;
	suspended: boolean;
	/** A personal bookmark ("Flag" in study). */
	marked: boolean;
	/** A "Report a problem" note and when it was made. */
	report?: { text: string; at?: number };
	/** The learner's own note. */
	personalNote?: string;
	/** The last answer of today's study day was Again or wrong. */
	missedToday: boolean;
	/** When it is due next (answered items only). */
	due?: number;
	/** Days between the last review and the due date (FSRS's scheduled days). */
	interval?: number;
	/** Probability of recall now (0–1), for answered items. */
	retrievability?: number;
	lapses: number;
	/** Prompt, question and answer folded for search (lower case, no accents). */
	haystack: string;
}

/** What rows are built from: the deck, its cards, an item's progress and its whole history. */
export interface BrowseInputs {
	deck: Pick<Deck, 'id' | 'items'>;
	cards: CardLookup;
	/** Progress of an item (from DeckProgress: state, suspended, reported). */
	progress: (key: string) => ItemProgress;
	/** Every event of an item (the whole log, not only what followed the state cache). */
	history: (key: string) => readonly LogEvent[];
	/** Probability of recall of a state at a time (Scheduler.retrievability). */
	retrievability: (state: ItemState | undefined, now: number) => number | undefined;
	now: number;
	/** Local UTC offset now, minutes east: today's study day starts by it. */
	tz: number;
	dayStartHour: number;
}

/** Lower case without accents or marks, so "Hématome" matches "hematome". */
export function foldText(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

/** Builds the row of the deck's item at `position`. */
export function browseRow(input: BrowseInputs, position: number): BrowseRow {
	const item = input.deck.items[position];
	const key = `${input.deck.id}/${item.id}`;
	const card = input.cards.get(item.cardId);
	// A one-item deck: itemText looks the item up by scanning, which is O(n) per row otherwise.
	const text = card ? itemText({ items: [item] }, input.cards, item.id) : undefined;
	let detail = '';
	let question = '';
	if (card?.kind === 'vignette') {
		const q = card.steps[item.part ?? 0]?.question;
		detail = question = q ? plainText(q.kind === 'mcq' ? q.stem : q.prompt) : '';
	} else if (card?.kind === 'cloze' && card.clozes.length > 1) {
		// A card's gaps share one sentence: the list tells them apart by number.
		detail = `Gap ${card.clozes.findIndex((c) => c.n === item.part) + 1} of ${card.clozes.length}`;
	}
	const p = input.progress(key);
	const s = p.state;
	const events = input.history(key);
	const h = effectiveHistory(events, item.revision);
	const today = studyDayStart(input.now, input.tz, input.dayStartHour);
	const last = h.reviews.at(-1);
	const missedToday =
		last !== undefined &&
		studyDayStart(last.event.t, last.event.tz, input.dayStartHour) === today &&
		isMiss(last.event, last.rating);
	const prompt = text?.prompt ?? item.id;
	const answer = text?.answer ?? '';
	return {
		key,
		item,
		position,
		prompt,
		detail,
		answer,
		loaded: Boolean(card),
		state: !s || s.state === 0 ? 'new' : s.state === 2 ? 'review' : 'learning',
		suspended: p.suspended,
		marked: h.marked,
		report: p.flagged ? { text: p.note ?? '', at: latestLive(events, 'flag')?.t } : undefined,
		personalNote: h.personalNote,
		missedToday,
		due: s && s.state !== 0 ? s.due : undefined,
		interval: s && s.state !== 0 ? s.scheduledDays : undefined,
		retrievability: input.retrievability(s, input.now),
		lapses: s?.lapses ?? 0,
		haystack: foldText(`${prompt}\n${question}\n${answer}`)
	};
}

/** Every item's row, in deck order. */
export function browseRows(input: BrowseInputs): BrowseRow[] {
	return input.deck.items.map((_, i) => browseRow(input, i));
}

/** The latest event of a kind that no undo took back. */
function latestLive(events: readonly LogEvent[], kind: LogEvent['kind']): LogEvent | undefined {
	const undone = new Set(events.filter((e) => e.kind === 'undo').map((e) => e.target));
	let out: LogEvent | undefined;
	for (const e of events)
		if (e.kind === kind && !undone.has(e.id) && (!out || e.t >= out.t)) out = e;
	return out;
}

/** What the browser shows: text to find, a topic and a state. */
export interface RowFilter {
	/** Words that must all appear in the prompt, question or answer (any case, any accents). */
	query?: string;
	topic?: string;
	state?: StateFilter;
	/** A row kept whatever the filter: the one open, so an action on it does not hide it. */
	keep?: string;
}

/** Whether a row passes a state filter. */
export function hasState(row: BrowseRow, state: StateFilter): boolean {
	switch (state) {
		case 'all':
			return true;
		case 'new':
		case 'learning':
		case 'review':
			return row.state === state;
		case 'suspended':
			return row.suspended;
		case 'flagged':
			return row.marked;
		case 'reported':
			return row.report !== undefined;
		case 'missed':
			return row.missedToday;
	}
}

/** The rows that pass a filter, in the given order (deck order by default). */
export function filterRows(
	rows: readonly BrowseRow[],
	filter: RowFilter,
	order: RowOrder = 'deck'
): BrowseRow[] {
	const terms = foldText(filter.query ?? '')
		.split(/\s+/)
		.filter(Boolean);
	const out = rows.filter(
		(r) =>
			r.key === filter.keep ||
			((!filter.topic || r.item.topics.includes(filter.topic)) &&
				hasState(r, filter.state ?? 'all') &&
				terms.every((t) => r.haystack.includes(t)))
	);
	if (order === 'due')
		out.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || a.position - b.position);
	else if (order === 'lapses') out.sort((a, b) => b.lapses - a.lapses || a.position - b.position);
	return out;
}

/** The problem-report export (docs/formats/problem-reports.md): text only, never HTML. */
export interface ProblemReports {
	format: 'casedeck-problem-reports';
	version: 1;
	deck: { id: string; revision: number };
	/** ISO 8601 time of the export. */
	exportedAt: string;
	reports: {
		/** Item id within the deck (`card`, `card::c1`, `card::step`). */
		item: string;
		card: string;
		/** What the learner wrote. */
		text: string;
		/** ISO 8601 time of the report, when the log still has it. */
		reportedAt?: string;
	}[];
}

/** The deck's reported problems in the export format, in deck order. */
export function problemReports(
	deck: Pick<Deck, 'id' | 'revision'>,
	rows: readonly BrowseRow[],
	exportedAt: number
): ProblemReports {
	return {
		format: 'casedeck-problem-reports',
		version: 1,
		deck: { id: deck.id, revision: deck.revision },
		exportedAt: new Date(exportedAt).toISOString(),
		reports: rows.flatMap((r) =>
			r.report
				? [
						{
							item: r.item.id,
							card: r.item.cardId,
							text: r.report.text,
							...(r.report.at === undefined
								? {}
								: { reportedAt: new Date(r.report.at).toISOString() })
						}
					]
				: []
		)
	};
}

/** The reports as plain text for the clipboard (an e-mail to the deck's author). */
export function problemReportsText(
	reports: ProblemReports,
	title: string,
	rows: readonly BrowseRow[]
): string {
	const byId = new Map(rows.map((r) => [r.item.id, r]));
	const head = `Problem reports: ${title} (deck ${reports.deck.id}, revision ${reports.deck.revision}), exported ${reports.exportedAt}`;
	const lines = reports.reports.map((r, i) => {
		const row = byId.get(r.item);
		const asked = row ? [row.prompt, row.detail].filter(Boolean).join(' — ') : '';
		return [
			`${i + 1}. ${r.item}${r.reportedAt ? ` (reported ${r.reportedAt})` : ''}`,
			asked && `   Card: ${asked}`,
			`   Report: ${r.text}`
		]
			.filter(Boolean)
			.join('\n');
	});
	return [head, ...lines].join('\n\n') + '\n';
}
