import type { Deck, DeckContent } from '$lib/deck/index.ts';
import type { LogEvent } from '$lib/log/index.ts';
import { DeckHistory, StudyCore, type EventDraft } from '$lib/session/index.ts';
import { localOffset, Scheduler } from '$lib/srs/index.ts';
import {
	browseRow,
	browseRows,
	filterRows,
	problemReports,
	problemReportsText,
	type BrowseInputs,
	type BrowseRow,
	type ProblemReports,
	type RowOrder,
	type StateFilter
} from '$lib/stats/browse.ts';
import type { AppStore } from './app.svelte.ts';
import { whenIdle } from './study.svelte.ts';

/** Rows whose card text is loaded with the page (a screen and a half: one part, usually). */
const FIRST_ROWS = 8;

/** Longest personal note kept (the log stores it on one line). */
export const NOTE_MAX = 1000;

/** Yields to the browser between slices of a long read (`scheduler.yield` where there is one). */
function pause(): Promise<void> {
	const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * One deck's card browser: every item's row (text, state, figures, marks), the learner's
 * filter, the row opened, and the actions on an item — unsuspend, unflag, forget, note —
 * each one log event recorded through the study path (StudyCore.record, origin 'study'), so
 * home's counts and the state cache are saved as after an answer, and a reload keeps them.
 *
 * StudyCore is reused rather than a second recorder: its record/summary/cache rules are the
 * ones a forget or unsuspend must follow, and its today's queue costs one pass at open.
 * Marks, notes, report times and today's misses need every event of an item, which the
 * state cache does not hold: a DeckHistory reads them from the whole log once.
 */
export class CardBrowser {
	readonly deck: Deck;
	readonly content: DeckContent;
	readonly #app: AppStore;
	readonly #core: StudyCore;
	readonly #history: DeckHistory;
	readonly #scheduler: Scheduler;
	readonly #clock: () => number;
	readonly #unsubscribe: () => void;
	#rows = $state.raw<BrowseRow[]>([]);
	#openKey = $state<string | undefined>();
	/** What Undo takes back, latest last: events this page recorded. */
	#undoable = $state.raw<{ key: string; eventId: string }[]>([]);
	#cardsFailed = $state(false);

	#query = $state('');
	/** Topic id to show, or '' for every topic. */
	topic = $state('');
	/** State to show. */
	state = $state<StateFilter>('all');
	/** Row order. */
	order = $state<RowOrder>('deck');

	/** The rows that pass the filter, in the chosen order. */
	readonly visible = $derived(
		filterRows(
			this.#rows,
			{ query: this.#query, topic: this.topic, state: this.state, keep: this.#openKey },
			this.order
		)
	);

	/** Items with a "Report a problem" note, in deck order. */
	readonly reported = $derived(this.#rows.filter((r) => r.report));

	/** The row opened, if any. */
	readonly opened = $derived(this.#rows.find((r) => r.key === this.#openKey));

	private constructor(
		app: AppStore,
		core: StudyCore,
		history: DeckHistory,
		content: DeckContent,
		clock: () => number
	) {
		this.#app = app;
		this.#core = core;
		this.#history = history;
		this.deck = core.deck;
		this.content = content;
		this.#clock = clock;
		this.#scheduler = new Scheduler(app.settings);
		this.#rows = browseRows(this.#inputs());
		this.#unsubscribe = app.onLogChanged(() => {
			const now = this.#clock();
			core.readOthers(now);
			const touched = history.refresh(now);
			if (touched.length) this.#update(touched);
		});
	}

	/**
	 * Opens a deck's progress (cache + log after it, as the study page does) and reads the
	 * deck's whole history. Card text comes part by part: the first rows' and the reported
	 * items' parts now, others as their rows scroll into view, all of them once a search asks.
	 */
	static async open(
		app: AppStore,
		deck: Deck,
		content: DeckContent,
		clock: () => number = Date.now
	): Promise<CardBrowser> {
		const now = clock();
		const core = await StudyCore.open(app, deck, { now, pause, later: (fn) => void whenIdle(fn) });
		const first = deck.items.slice(0, FIRST_ROWS).map((i) => i.cardId);
		const [history, cardsLoaded] = await Promise.all([
			DeckHistory.open(app.kv, deck, now, pause),
			content.load(first).then(
				() => true,
				() => false
			),
			core.logReady
		]);
		const b = new CardBrowser(app, core, history, content, clock);
		b.#cardsFailed = !cardsLoaded;
		b.#loadCards(b.reported.map((r) => r.item.cardId));
		return b;
	}

	/** Words to find (bound to the search box); a search loads every card's text. */
	get query(): string {
		return this.#query;
	}
	set query(q: string) {
		this.#query = q;
		if (q.trim()) this.#loadCards(this.deck.items.map((i) => i.cardId));
	}

	/** Asks for a row's card text (its row scrolled into view). */
	want(row: BrowseRow): void {
		if (!row.loaded) this.#loadCards([row.item.cardId]);
	}

	/** Every row, in deck order. */
	get rows(): readonly BrowseRow[] {
		return this.#rows;
	}

	/** Key of the row opened. */
	get openKey(): string | undefined {
		return this.#openKey;
	}

	/** Whether some cards' text could not be loaded (offline on a first visit). */
	get cardsFailed(): boolean {
		return this.#cardsFailed;
	}

	/** Whether there is an action of this page to undo. */
	get canUndo(): boolean {
		return this.#undoable.length > 0;
	}

	/** Opens a row (closing the one open), or closes it when it is the one open. */
	toggle(key: string): void {
		this.#openKey = this.#openKey === key ? undefined : key;
	}

	/** Closes the row open (the filter changed: it need not stay in the list). */
	closeRow(): void {
		this.#openKey = undefined;
	}

	/** Loads the cards that failed to load, and shows their text. */
	retryCards(): Promise<void> {
		const missing = this.#rows.filter((r) => !r.loaded).map((r) => r.item.cardId);
		return this.#loadCards(missing);
	}

	/** Loads cards' parts (each once) and fills in their rows' text when they arrive. */
	#loadCards(cardIds: string[]): Promise<void> {
		const missing = cardIds.filter((id) => !this.content.get(id));
		if (!missing.length) return Promise.resolve();
		return this.content.load(missing).then(
			() => {
				this.#cardsFailed = false;
				this.#update(this.#rows.filter((r) => !r.loaded && this.content.get(r.item.cardId)));
			},
			() => {
				this.#cardsFailed = true;
			}
		);
	}

	/** Suspends an item: it leaves every queue until unsuspended. */
	suspend(key: string): void {
		this.#act(key, { kind: 'suspend' }, 'Card suspended.');
	}

	/** Unsuspends an item: it is scheduled again as before. */
	unsuspend(key: string): void {
		this.#act(key, { kind: 'unsuspend' }, 'Card unsuspended.');
	}

	/** Flags an item for a second look (a personal mark, as "Flag" in study). */
	mark(key: string): void {
		this.#act(key, { kind: 'mark' }, 'Card flagged.');
	}

	/** Removes an item's flag. */
	unmark(key: string): void {
		this.#act(key, { kind: 'unmark' }, 'Flag removed.');
	}

	/** Removes an item's problem report (once the author fixed it, or it was a mistake). */
	removeReport(key: string): void {
		this.#act(key, { kind: 'unflag' }, 'Report removed.');
	}

	/** Relearns an item from new (its answers stay in the log; Undo brings the schedule back). */
	forget(key: string): void {
		this.#act(key, { kind: 'forget' }, 'Card forgotten: it comes back as new.');
	}

	/** Saves an item's personal note; an empty note removes it. */
	saveNote(key: string, text: string): void {
		const note = text.trim().slice(0, NOTE_MAX);
		const row = this.#rows.find((r) => r.key === key);
		if ((row?.personalNote ?? '') === note) return;
		this.#act(key, { kind: 'note', note }, note ? 'Note saved.' : 'Note removed.');
	}

	/** Takes back this page's latest action with an undo event (nothing is deleted). */
	undo(): boolean {
		const last = this.#undoable.at(-1);
		if (!last) return false;
		this.#undoable = this.#undoable.slice(0, -1);
		this.#record(last.key, { kind: 'undo', target: last.eventId, t: this.#clock() });
		this.#app.dismiss('browse');
		return true;
	}

	/** The deck's reported problems in the export format (docs/formats/problem-reports.md). */
	reports(): ProblemReports {
		return problemReports(this.deck, this.#rows, this.#clock());
	}

	/** The reported problems as plain text, for the clipboard. */
	reportsText(): string {
		return problemReportsText(this.reports(), this.deck.title, this.#rows);
	}

	/** Saves home's counts and the state cache now (the page is hidden or going away). */
	persist(): void {
		this.#core.flushSummary(this.#clock());
		this.#core.saveCache();
	}

	/** Saves and stops listening to other tabs. */
	close(): void {
		this.persist();
		this.#unsubscribe();
	}

	#act(key: string, draft: Omit<EventDraft, 't'>, message: string): void {
		const e = this.#record(key, { ...draft, t: this.#clock() } as EventDraft);
		this.#undoable = [...this.#undoable, { key, eventId: e.id }];
		this.#app.notify('info', message, 'browse', { label: 'Undo', run: () => this.undo() });
	}

	#record(key: string, draft: EventDraft): LogEvent {
		const e = this.#core.record(key, 'study', draft);
		this.#history.add([e]);
		this.#update([key]);
		// Home's counts change with a forget or unsuspend: saved now, not left to idle time,
		// since the learner may leave this page at once.
		this.#core.flushSummary(draft.t);
		return e;
	}

	#inputs(): BrowseInputs {
		const now = this.#clock();
		return {
			deck: this.deck,
			cards: this.content,
			progress: (k) => this.#core.progress.progress(k),
			history: (k) => this.#history.events(k),
			retrievability: (s, at) => this.#scheduler.retrievability(s, at),
			now,
			tz: localOffset(now),
			dayStartHour: this.#app.settings.dayStartHour
		};
	}

	/** Rebuilds the rows of some items (by key, or the rows themselves). */
	#update(which: readonly (string | BrowseRow)[]): void {
		if (!which.length) return;
		const input = this.#inputs();
		const rows = [...this.#rows];
		for (const w of which) {
			const i = typeof w === 'string' ? rows.findIndex((r) => r.key === w) : w.position;
			if (i !== -1) rows[i] = browseRow(input, i);
		}
		this.#rows = rows;
	}
}
