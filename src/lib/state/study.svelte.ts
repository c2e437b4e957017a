import type { Deck, ReviewItem } from '$lib/deck/index.ts';
import { itemKey, lastUndoable, type LogEvent, type Rating } from '$lib/log/index.ts';
import { gradeChoice, presentationSeed, ratingFor, type ItemView } from '$lib/quiz/index.ts';
import { StudyCore, type EventDraft } from '$lib/session/index.ts';
import {
	localOffset,
	queueBucket,
	Scheduler,
	type DueQueue,
	type ItemProgress,
	type Outcomes
} from '$lib/srs/index.ts';
import { createSubscriber } from 'svelte/reactivity';
import type { AppStore } from './app.svelte.ts';

/** One answer of this session, for the summary and undo. */
export interface SessionAnswer {
	key: string;
	eventId: string;
	rating: Rating;
	correct: boolean;
	topics: string[];
}

/** An MCQ or level answer after "Check answer". */
export interface CheckedAnswer {
	eventId: string;
	choice: string[];
	correct: boolean;
	rating: Rating;
}

/** What one item's view reads and calls: a study session, or the first-visit preview. */
export type ItemSession = Pick<
	StudySession,
	| 'current'
	| 'seed'
	| 'revealed'
	| 'checked'
	| 'outcomes'
	| 'reveal'
	| 'rate'
	| 'check'
	| 'correct'
	| 'next'
>;

/**
 * A change signal for data Svelte cannot see (DeckProgress's typed arrays): readers `track()`
 * inside a derived or effect, writers call `changed()`; no counter kept by hand.
 */
class ProgressSignal {
	#update: (() => void) | undefined;
	readonly #subscribe = createSubscriber((update) => {
		this.#update = update;
		return () => (this.#update = undefined);
	});
	track(): void {
		this.#subscribe();
	}
	changed(): void {
		this.#update?.();
	}
}

/**
 * Runs `fn` when the browser is idle (soon after, where requestIdleCallback is missing);
 * returns what cancels it.
 */
export function whenIdle(fn: () => void): () => void {
	if (typeof globalThis.requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => fn());
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, 200);
	return () => clearTimeout(id);
}

/**
 * Work the first card must not wait for (home's counts, indexes, cache save): held until the
 * card is on screen, since the page may still be fetching its part and idle callbacks would
 * run meanwhile; from then on it runs when the browser is idle.
 */
class AfterFirstCard {
	#held: (() => void)[] | undefined = [];
	readonly later = (fn: () => void): void => {
		if (this.#held) this.#held.push(fn);
		else whenIdle(fn);
	};
	release(): void {
		const held = this.#held;
		this.#held = undefined;
		for (const fn of held ?? []) whenIdle(fn);
	}
}

/**
 * Yields to the browser so input and paint can run between replay slices: `scheduler.yield`
 * where there is one, else a message. Not a timer: nested timeouts are clamped to 4 ms, which
 * on 8 ms slices made a full replay a third slower. The price, measured on 100k reviews at
 * 4× CPU: about 10 frames a second during the replay instead of 56 (longest gap 200 ms
 * either way) — enough for its progress bar, and the card comes 3 s sooner.
 */
function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise<void>((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(null);
	});
}

/**
 * A study session over one deck (optionally one topic): today's queue, the current item,
 * reveal/check/rate/undo, and the session's answers. Saves each event in the handler that
 * made it.
 */
export class StudySession {
	readonly deck: Deck;
	readonly topic: string | undefined;
	readonly #app: AppStore;
	readonly #core: StudyCore;
	readonly #clock: () => number;
	readonly #unsubscribe: () => void;
	readonly #idleWork: AfterFirstCard;
	/** Tells readers of the core's progress (plain typed arrays) that it changed. */
	readonly #progressChanged = new ProgressSignal();
	#now = $state(0);
	#currentKey = $state<string | undefined>();
	#shown = $state(0);
	#seed = $state<string | undefined>();
	#revealed = $state(false);
	#outcomes = $state.raw<Outcomes | undefined>();
	#checked = $state.raw<CheckedAnswer | undefined>();
	#answers = $state.raw<SessionAnswer[]>([]);
	/** What undo takes back, latest last: answers, suspends and flags (`stay`: a flag leaves the card as it is). */
	#undoable = $state.raw<
		{ key: string; eventId: string; answer: boolean; practice?: boolean; stay?: boolean }[]
	>([]);
	/** "Practise today's misses": the items left in the pass, the one on screen first. */
	#practice = $state.raw<string[] | undefined>();
	#queue = $state.raw<DueQueue>({ keys: [], counts: { learning: 0, review: 0, new: 0 } });
	readonly startedAt: number;
	#shownAt = 0;
	#revealedAt = 0;

	/** The clock's reading at the last action. */
	get now(): number {
		return this.#now;
	}
	/** Key of the item on screen; undefined when the session is done. */
	get currentKey(): string | undefined {
		return this.#currentKey;
	}
	/** Bumped each time an item is (re)shown, so its view starts fresh even for the same item. */
	get shown(): number {
		return this.#shown;
	}
	/** Orders the options of the item on screen: fixed when it is shown, new at its next review. */
	get seed(): string | undefined {
		return this.#seed;
	}
	/** Whether the answer of the item on screen is shown. */
	get revealed(): boolean {
		return this.#revealed;
	}
	/** The four outcomes of rating the item on screen, computed once at reveal or check. */
	get outcomes(): Outcomes | undefined {
		return this.#outcomes;
	}
	/** The checked answer of the mcq or level item on screen. */
	get checked(): CheckedAnswer | undefined {
		return this.#checked;
	}
	/** This session's answers, for the summary and undo. */
	get answers(): readonly SessionAnswer[] {
		return this.#answers;
	}
	/** Whether a practice pass is running (its answers never change the schedule). */
	get practising(): boolean {
		return this.#practice !== undefined;
	}
	/** Items left in the practice pass, the one on screen included. */
	get practiceLeft(): number {
		return this.#practice?.length ?? 0;
	}
	/** Whether there is an action of this session to undo. */
	get canUndo(): boolean {
		return this.#undoable.length > 0;
	}
	/** Today's queue for this deck/topic (the core's, mirrored for rendering). */
	get queue(): DueQueue {
		return this.#queue;
	}

	private constructor(
		app: AppStore,
		core: StudyCore,
		clock: () => number,
		idleWork: AfterFirstCard
	) {
		this.#app = app;
		this.#idleWork = idleWork;
		this.#core = core;
		this.deck = core.deck;
		this.topic = core.topic;
		this.#clock = clock;
		this.#now = clock();
		this.startedAt = this.#now;
		this.#queue = core.queue;
		this.#unsubscribe = app.onLogChanged(() => {
			if (!core.readOthers(this.#clock())) return;
			this.#progressChanged.changed();
			this.#queue = core.queue;
			if (!this.#currentKey) this.#advance();
		});
	}

	/**
	 * Opens a deck (see StudyCore.open): with a current cache only events after its log
	 * position are read; otherwise the whole log is replayed in slices, reporting `progress`.
	 */
	static async open(
		app: AppStore,
		deck: Deck,
		topic?: string,
		clock: () => number = Date.now,
		progress?: (fraction: number) => void
	): Promise<StudySession> {
		const idleWork = new AfterFirstCard();
		const core = await StudyCore.open(app, deck, {
			topic,
			now: clock(),
			later: idleWork.later,
			pause: nextTask,
			progress
		});
		const s = new StudySession(app, core, clock, idleWork);
		s.#advance();
		return s;
	}

	/** Resolves once answers can be saved (the tab's log writer is open). */
	get ready(): Promise<void> {
		return this.#core.logReady;
	}

	/** Call once the first card is on screen: starts the work left for idle time. */
	started(): void {
		this.#idleWork.release();
	}

	#rebuildQueue(): void {
		this.#core.rebuildQueue(this.now);
		this.#queue = this.#core.queue;
	}

	/** The item on screen. */
	readonly current = $derived.by((): ReviewItem | undefined => {
		const key = this.currentKey;
		return key ? this.#core.progress.item(key) : undefined;
	});

	/** Progress of the item on screen. */
	readonly currentProgress = $derived.by((): ItemProgress | undefined => {
		this.#progressChanged.track();
		return this.currentKey ? this.#core.progress.progress(this.currentKey) : undefined;
	});

	/** The next `n` queued items after the one on screen (the page prefetches their cards). */
	upcoming(n: number): ReviewItem[] {
		const out: ReviewItem[] = [];
		for (const k of this.queue.keys) {
			if (out.length === n) break;
			const item = k === this.currentKey ? undefined : this.#core.progress.item(k);
			if (item) out.push(item);
		}
		return out;
	}

	/** Whether the session has nothing left to show. */
	get done(): boolean {
		return this.currentKey === undefined;
	}

	/** Progress of any item of the deck. */
	progressOf(itemId: string): ItemProgress {
		this.#progressChanged.track();
		return this.#core.progress.progress(itemKey(this.deck.id, itemId));
	}

	/** The session's data path (read-only): what lazily loaded screens work their figures from. */
	get core(): StudyCore {
		return this.#core;
	}

	/** Earliest due time among the deck's (or topic's) answered items. */
	nextDue(): number | undefined {
		this.#progressChanged.track();
		return this.#core.progress.nextDue(this.topic);
	}

	#preview(at: number): Outcomes {
		const p = this.#core.progress.progress(this.currentKey!);
		const o = new Scheduler(this.#app.settings).preview(p.state, at, localOffset(at));
		if (!this.#practice) return o;
		// A practice answer schedules nothing: no interval to promise.
		for (const r of [1, 2, 3, 4] as const) o[r] = { ...o[r], interval: '' };
		return o;
	}

	/** Which of today's counts the item on screen belongs to. */
	readonly currentBucket = $derived.by(() =>
		this.currentProgress ? queueBucket(this.currentProgress.state) : undefined
	);

	/** Starts a practice pass over `keys` (today's misses: see state/custom-study.ts). */
	practise(keys: string[]): boolean {
		if (!keys.length) return false;
		this.#practice = keys;
		this.#show(keys[0]);
		return true;
	}

	/** Ends a practice pass early. */
	stopPractice(): void {
		this.#practice = undefined;
		this.#advance();
	}

	/** "Extra new cards today": raises today's new limit for this deck by `n` and goes on studying. */
	addExtraNew(n: number): void {
		this.#core.addExtraNew(n, this.#clock());
		this.#queue = this.#core.queue;
		this.#progressChanged.changed();
		if (!this.#currentKey) this.#advance();
	}

	/** Shows the answer of a recall item and computes the four outcomes once. */
	reveal(): void {
		if (!this.currentKey || this.revealed) return;
		this.#now = this.#clock();
		this.#revealedAt = this.now;
		this.#outcomes = this.#preview(this.now);
		this.#revealed = true;
	}

	/** Rates a revealed recall item with the outcome previewed at reveal, then moves on. */
	rate(rating: Rating): void {
		if (!this.currentKey || !this.revealed || this.checked) return;
		const e = this.#record({
			kind: 'review',
			rating,
			t: this.#revealedAt,
			ms: this.#clock() - this.#shownAt
		});
		this.#answered(e, rating, rating >= 3);
		this.#advance();
	}

	/** Grades and logs an MCQ/level answer at the moment it is checked: right = Good, wrong = Again. */
	check(view: ItemView, choice: string[]): void {
		const correct = gradeChoice(view, choice);
		if (!this.currentKey || this.checked || correct === undefined) return;
		this.#now = this.#clock();
		this.#outcomes = this.#preview(this.now);
		const rating = ratingFor(correct);
		const e = this.#record({
			kind: 'review',
			rating,
			t: this.now,
			ms: this.now - this.#shownAt,
			choice,
			correct
		});
		this.#checked = { eventId: e.id, choice, correct, rating };
		this.#revealed = true;
		this.#answered(e, rating, correct);
	}

	/** After a check, records a different rating (e.g. Hard or Easy) as a correction event. */
	correct(rating: Rating): void {
		const c = this.checked;
		if (!c || c.rating === rating) return;
		this.#record({ kind: 'correction', rating, target: c.eventId, t: this.#clock() });
		this.#checked = { ...c, rating };
		this.#rebuildQueue(); // the item may move between learning and review
		this.#answers = this.answers.map((a) => (a.eventId === c.eventId ? { ...a, rating } : a));
	}

	/** Leaves a checked item for the next one. */
	next(): void {
		this.#advance();
	}

	/**
	 * Undoes the session's latest action — an answer, a suspend or a flag — with an undo event
	 * (nothing is deleted) and shows that item again (a flag's item is still on screen).
	 */
	undo(): boolean {
		const last = this.#undoable.at(-1);
		if (!last) return false;
		this.#undoable = this.#undoable.slice(0, -1);
		const events = this.#core.progress.events(last.key);
		const target = lastUndoable(events.filter((e) => e.id === last.eventId));
		if (!target) return false;
		this.#record({ kind: 'undo', target: target.id, t: this.#clock() }, last.key);
		if (last.answer) this.#answers = this.#answers.filter((a) => a.eventId !== last.eventId);
		if (last.practice) this.#practice = [last.key, ...(this.#practice ?? [])];
		this.#app.dismiss('undo');
		if (last.stay) return true;
		this.#rebuildQueue();
		this.#show(last.key);
		return true;
	}

	/** Suspends the current item (it leaves every queue until unsuspended); Undo in the notice. */
	suspend(): void {
		const key = this.currentKey;
		if (!key) return;
		const e = this.#record({ kind: 'suspend', t: this.#clock() });
		this.#undoable = [...this.#undoable, { key, eventId: e.id, answer: false }];
		this.#app.notify('info', 'Card suspended.', 'undo', { label: 'Undo', run: () => this.undo() });
		this.#advance();
	}

	/**
	 * Flags the current item to look at again (a mark, apart from "Report a problem"): one tap,
	 * Undo in the notice; "Browse cards" lists and unflags flagged cards.
	 */
	mark(): void {
		const key = this.currentKey;
		if (!key) return;
		const e = this.#record({ kind: 'mark', t: this.#clock() });
		this.#undoable = [...this.#undoable, { key, eventId: e.id, answer: false, stay: true }];
		this.#app.notify('info', 'Card flagged: find it under Browse cards.', 'undo', {
			label: 'Undo',
			run: () => this.undo()
		});
	}

	/** Reports a problem with the current item; kept locally with the note. */
	flag(note: string): void {
		if (!this.currentKey) return;
		this.#record({ kind: 'flag', note: note.slice(0, 500), t: this.#clock() });
	}

	/** Removes the current item's flag. */
	unflag(): void {
		if (!this.currentKey) return;
		this.#record({ kind: 'unflag', t: this.#clock() });
	}

	/** Re-reads the clock so learning steps that fell due appear. */
	refresh(): void {
		this.#now = this.#clock();
		this.#rebuildQueue();
		if (!this.currentKey) this.#advance();
	}

	/** Saves the cache and stops listening to other tabs (the page is going away). */
	close(): void {
		this.#core.flushSummary(this.#clock());
		this.#core.saveCache();
		this.#unsubscribe();
	}

	/** Writes the state cache now (e.g. when the page is hidden). */
	persist(): void {
		this.#core.flushSummary(this.#clock());
		this.#core.saveCache();
	}

	#answered(e: LogEvent, rating: Rating, correct: boolean): void {
		const answer = {
			key: e.item,
			eventId: e.id,
			rating,
			correct,
			topics: this.current?.topics ?? []
		};
		const practice = e.origin === 'practice';
		if (!practice) this.#answers = [...this.#answers, answer];
		this.#undoable = [...this.#undoable, { key: e.item, eventId: e.id, answer: true, practice }];
	}

	#record(p: EventDraft, key = this.currentKey!): LogEvent {
		this.#idleWork.release(); // in case the page never said the first card was on screen
		const origin = this.#practice && p.kind === 'review' ? 'practice' : 'study';
		const e = this.#core.record(key, origin, p);
		this.#queue = this.#core.queue;
		this.#progressChanged.changed();
		return e;
	}

	/** The option order an item gets when shown next (what a card rendered ahead must use). */
	seedOf(item: ReviewItem): string {
		return this.#seedOf(itemKey(this.deck.id, item.id));
	}

	// Reviews so far: a reload or an undo shows the same order, the next review a new one.
	#seedOf(key: string): string {
		return presentationSeed(key, this.#core.progress.progress(key).state?.reps ?? 0);
	}

	#show(key: string | undefined): void {
		this.#currentKey = key;
		this.#seed = key && this.#seedOf(key);
		this.#shown++;
		this.#revealed = false;
		this.#outcomes = undefined;
		this.#checked = undefined;
		this.#shownAt = this.#clock();
	}

	#advance(): void {
		this.#now = this.#clock();
		if (this.#practice) {
			const left = this.#practice.slice(1);
			this.#practice = left.length ? left : undefined;
			if (left.length) return this.#show(left[0]);
		}
		// An empty queue may still have a learning step within the learn-ahead window.
		if (!this.queue.keys.length) this.#rebuildQueue();
		this.#show(this.queue.keys[0]);
	}
}
