import type { Deck, ReviewItem } from '$lib/deck/index.ts';
import { itemKey, lastUndoable, type LogEvent, type Rating } from '$lib/log/index.ts';
import {
	DeckProgress,
	localOffset,
	progressCacheKey,
	Scheduler,
	studyDayStart,
	type DueQueue,
	type ItemProgress,
	type Outcomes
} from '$lib/srs/index.ts';
import { CountsTracker } from '$lib/stats/index.ts';
import {
	LogReader,
	loadProgressCache,
	saveProgressCache,
	saveSummary,
	type LogPosition
} from '$lib/storage/index.ts';
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

const CACHE_EVERY = 50;

/** Runs `fn` when the browser is idle (soon after, where requestIdleCallback is missing). */
const idle = (fn: () => void) =>
	typeof globalThis.requestIdleCallback === 'function'
		? requestIdleCallback(() => fn())
		: setTimeout(fn, 200);

/** Yields to the browser so input and paint can run between replay slices. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A study session over one deck (optionally one topic): today's queue, the current item,
 * reveal/check/rate/undo, and the session's answers. Saves each event in the handler that
 * made it.
 */
export class StudySession {
	readonly deck: Deck;
	readonly topic: string | undefined;
	readonly #app: AppStore;
	readonly #progress: DeckProgress;
	readonly #clock: () => number;
	readonly #reader: LogReader;
	readonly #unsubscribe: () => void;
	#sinceCache = 0;
	#tick = $state(0);
	now = $state(0);
	currentKey = $state<string | undefined>();
	/** Bumped each time an item is (re)shown, so its view starts fresh even for the same item. */
	shown = $state(0);
	revealed = $state(false);
	outcomes = $state.raw<Outcomes | undefined>();
	checked = $state.raw<CheckedAnswer | undefined>();
	answers = $state.raw<SessionAnswer[]>([]);
	readonly startedAt: number;
	#shownAt = 0;
	#revealedAt = 0;

	private constructor(
		app: AppStore,
		deck: Deck,
		progress: DeckProgress,
		reader: LogReader,
		topic: string | undefined,
		clock: () => number
	) {
		this.#app = app;
		this.deck = deck;
		this.#progress = progress;
		this.#reader = reader;
		this.topic = topic;
		this.#clock = clock;
		this.now = clock();
		this.startedAt = this.now;
		this.#unsubscribe = app.onLogChanged(() => {
			const { events, problems } = reader.read(this.#clock());
			app.reportUnreadable(problems);
			const touched = this.#progress.add(events);
			if (!touched.length) return;
			for (const k of touched) this.#tracker?.update(k, this.#progress.progress(k));
			this.#tick++;
			this.#rebuildQueue();
			if (!this.currentKey) this.#advance();
		});
	}

	/**
	 * Opens a deck. With a current cache, only events after its log position are decoded
	 * and replayed on top of it; otherwise the whole log is replayed in slices.
	 */
	static async open(
		app: AppStore,
		deck: Deck,
		topic?: string,
		clock: () => number = Date.now
	): Promise<StudySession> {
		await app.openLog(clock());
		const settings = app.settings;
		const fullLog = () => new LogReader(app.kv).read(clock()).events;
		const progress = new DeckProgress(deck, new Scheduler(settings), fullLog);
		const cache = loadProgressCache(app.kv, deck.id);
		const current = cache?.schedulerKey === progressCacheKey(settings, deck) ? cache : undefined;
		const reader = new LogReader(app.kv);
		const { events, problems } = current
			? reader.read(clock(), current.position)
			: await reader.readInSlices(clock(), {}, nextTask);
		app.reportUnreadable(problems);
		if (current) progress.load(events, current.snapshot);
		else await progress.loadInSlices(events, undefined, nextTask);
		const s = new StudySession(app, deck, progress, reader, topic, clock);
		s.#rebuildQueue();
		// Home's counts and a stale cache are refreshed after the first card is on screen.
		idle(() => s.#saveSummary());
		if (!current || events.length) s.#saveCacheSoon();
		s.#advance();
		return s;
	}

	/**
	 * Today's queue for this deck/topic. Rebuilt in full at open, on the refresh timer, after
	 * an undo and when another tab answers; after an answer only the answered item leaves it,
	 * so answering never walks the whole deck.
	 */
	queue = $state.raw<DueQueue>({ keys: [], counts: { learning: 0, review: 0, new: 0 } });

	#rebuildQueue(): void {
		const { settings } = this.#app;
		this.queue = this.#progress.queue({
			now: this.now,
			tz: localOffset(this.now),
			dayStartHour: settings.dayStartHour,
			newPerDay: settings.newPerDay,
			topic: this.topic
		});
	}

	/** Takes an answered (or suspended) item out of the queue and adjusts the counts. */
	#leaveQueue(key: string, before: ItemProgress, after: ItemProgress): void {
		const q = this.queue;
		if (!q.keys.includes(key)) return;
		const counts = { ...q.counts };
		const phase = (p: ItemProgress) =>
			!p.state ? 'new' : p.state.state === 2 ? 'review' : 'learning';
		counts[phase(before)]--;
		let later = q.learningLater;
		if (!after.suspended && after.state && after.state.state !== 2) {
			counts.learning++;
			later = Math.min(later ?? Infinity, after.state.due);
		}
		this.queue = { keys: q.keys.filter((k) => k !== key), counts, learningLater: later };
	}

	/** The item on screen. */
	readonly current = $derived.by((): ReviewItem | undefined => {
		const key = this.currentKey;
		return key ? this.#progress.item(key) : undefined;
	});

	/** Progress of the item on screen. */
	readonly currentProgress = $derived.by((): ItemProgress | undefined => {
		void this.#tick;
		return this.currentKey ? this.#progress.progress(this.currentKey) : undefined;
	});

	/** The next `n` queued items after the one on screen (the page prefetches their cards). */
	upcoming(n: number): ReviewItem[] {
		const out: ReviewItem[] = [];
		for (const k of this.queue.keys) {
			if (out.length === n) break;
			const item = k === this.currentKey ? undefined : this.#progress.item(k);
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
		void this.#tick;
		return this.#progress.progress(itemKey(this.deck.id, itemId));
	}

	/** Earliest due time among the deck's (or topic's) answered items. */
	nextDue(): number | undefined {
		void this.#tick;
		let min: number | undefined;
		for (const key of this.#progress.keys()) {
			const item = this.#progress.item(key)!;
			if (this.topic && !item.topics.includes(this.topic)) continue;
			const p = this.#progress.progress(key);
			if (p.state && !p.suspended && (min === undefined || p.state.due < min)) min = p.state.due;
		}
		return min;
	}

	#preview(at: number): Outcomes {
		const p = this.#progress.progress(this.currentKey!);
		return new Scheduler(this.#app.settings).preview(p.state, at, localOffset(at));
	}

	/** Shows the answer of a recall item and computes the four outcomes once. */
	reveal(): void {
		if (!this.currentKey || this.revealed) return;
		this.now = this.#clock();
		this.#revealedAt = this.now;
		this.outcomes = this.#preview(this.now);
		this.revealed = true;
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
		this.answers = [...this.answers, this.#answer(e, rating, rating >= 3)];
		this.#advance();
	}

	/** Logs an MCQ/level answer at the moment it is checked: right = Good, wrong = Again. */
	check(choice: string[], correct: boolean): void {
		if (!this.currentKey || this.checked) return;
		this.now = this.#clock();
		this.outcomes = this.#preview(this.now);
		const rating: Rating = correct ? 3 : 1;
		const e = this.#record({
			kind: 'review',
			rating,
			t: this.now,
			ms: this.now - this.#shownAt,
			choice,
			correct
		});
		this.checked = { eventId: e.id, choice, correct, rating };
		this.revealed = true;
		this.answers = [...this.answers, this.#answer(e, rating, correct)];
	}

	/** After a check, records a different rating (e.g. Hard or Easy) as a correction event. */
	correct(rating: Rating): void {
		const c = this.checked;
		if (!c || c.rating === rating) return;
		this.#record({ kind: 'correction', rating, target: c.eventId, t: this.#clock() });
		this.checked = { ...c, rating };
		this.#rebuildQueue(); // the item may move between learning and review
		this.answers = this.answers.map((a) => (a.eventId === c.eventId ? { ...a, rating } : a));
	}

	/** Leaves a checked item for the next one. */
	next(): void {
		this.#advance();
	}

	/** Undoes the session's last answer (an undo event) and shows that item again. */
	undo(): boolean {
		const last = this.answers.at(-1);
		if (!last) return false;
		const events = this.#progress.events(last.key);
		const target = lastUndoable(events.filter((e) => e.id === last.eventId));
		if (!target) return false;
		this.#record({ kind: 'undo', target: target.id, t: this.#clock() }, last.key);
		this.answers = this.answers.slice(0, -1);
		this.#rebuildQueue();
		this.#show(last.key);
		return true;
	}

	/** Suspends the current item (it leaves every queue until unsuspended). */
	suspend(): void {
		if (!this.currentKey) return;
		this.#record({ kind: 'suspend', t: this.#clock() });
		this.#advance();
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
		this.now = this.#clock();
		this.#rebuildQueue();
		if (!this.currentKey) this.#advance();
	}

	/** Saves the cache and stops listening to other tabs (the page is going away). */
	close(): void {
		this.#saveCache();
		this.#unsubscribe();
	}

	/** Writes the state cache now (e.g. when the page is hidden). */
	persist(): void {
		this.#saveCache();
	}

	#answer(e: LogEvent, rating: Rating, correct: boolean): SessionAnswer {
		return { key: e.item, eventId: e.id, rating, correct, topics: this.current?.topics ?? [] };
	}

	#record(
		p: Omit<LogEvent, 'id' | 'item' | 'origin' | 'tz' | 'rev'>,
		key = this.currentKey!
	): LogEvent {
		const item = this.#progress.item(key)!;
		const e = this.#app.append({
			item: key,
			origin: 'study',
			tz: localOffset(p.t),
			rev: item.revision,
			...p
		});
		const before = this.#progress.progress(key);
		this.#progress.add([e]);
		const after = this.#progress.progress(key);
		this.#tick++;
		if (e.kind === 'review' || e.kind === 'suspend') this.#leaveQueue(key, before, after);
		this.#tracker?.update(key, after);
		this.#saveSummary();
		if (++this.#sinceCache >= CACHE_EVERY) this.#saveCacheSoon();
		return e;
	}

	#show(key: string | undefined): void {
		this.currentKey = key;
		this.shown++;
		this.revealed = false;
		this.outcomes = undefined;
		this.checked = undefined;
		this.#shownAt = this.#clock();
	}

	#advance(): void {
		this.now = this.#clock();
		// An empty queue may still have a learning step within the learn-ahead window.
		if (!this.queue.keys.length) this.#rebuildQueue();
		this.#show(this.queue.keys[0]);
	}

	#tracker: CountsTracker | undefined;

	/** Saves home's counts for this deck; the tracker makes this O(1) per answer. */
	#saveSummary(): void {
		if (this.#app.readOnly) return;
		const { settings } = this.#app;
		const tz = localOffset(this.now);
		const dayStart = studyDayStart(this.now, tz, settings.dayStartHour);
		if (this.#tracker?.dayStart !== dayStart)
			this.#tracker = new CountsTracker(
				this.#progress.keys().map((k) => [k, this.#progress.progress(k)]),
				dayStart
			);
		saveSummary(
			this.#app.kv,
			this.deck.id,
			this.#tracker.counts({
				at: this.now,
				newPerDay: settings.newPerDay,
				newAllowed:
					settings.newPerDay -
					this.#progress.newIntroducedToday(this.now, tz, settings.dayStartHour)
			})
		);
	}

	/** Saves the state cache when the browser is idle: it is only a start-up shortcut. */
	#saveCacheSoon(): void {
		idle(() => this.#saveCache());
	}

	#saveCache(): void {
		const log = this.#app.log;
		if (this.#app.readOnly || !log || log.unsaved) return;
		this.#sinceCache = 0;
		const position: LogPosition = this.#reader.position();
		position[log.writer] = Math.max(position[log.writer] ?? 0, log.count);
		saveProgressCache(this.#app.kv, this.deck.id, {
			deckRevision: this.deck.revision,
			schedulerKey: progressCacheKey(this.#app.settings, this.deck),
			position,
			snapshot: this.#progress.snapshot()
		});
	}
}
