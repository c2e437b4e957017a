import type { Deck } from '../deck/index.ts';
import type { LogEvent, Origin } from '../log/index.ts';
import {
	localOffset,
	nextStudyDay,
	progressCacheKey,
	queueBucket,
	studyDayStart,
	type DeckProgress,
	type DueQueue,
	type ItemProgress
} from '../srs/index.ts';
import { CountsTracker, type DayTotals, type TopicCounts } from '../stats/index.ts';
import {
	loadExtraNew,
	saveExtraNew,
	saveProgressCache,
	saveSummary,
	type LogPosition,
	type AppSettings,
	type LogReader
} from '../storage/index.ts';
import type { Later, SessionEnv } from './env.ts';
import { openDeckProgress, type OpenOptions } from './open.ts';
import { TodaysAnswers } from './today.ts';

/** What a caller says of an event; the session adds its id, item, origin, offset and revision. */
export type EventDraft = Omit<LogEvent, 'id' | 'item' | 'origin' | 'tz' | 'rev'>;

const EMPTY: DueQueue = { keys: [], counts: { learning: 0, review: 0, new: 0 } };
const CACHE_EVERY = 50;

/**
 * A study session's data path without any UI: open (cache + log after it → today's queue),
 * record answers, keep the queue and home's counts up to date, save the state cache. The
 * study page wraps it in reactive state; the bench runs it as is, so both time the same code.
 */
export class StudyCore {
	readonly deck: Deck;
	readonly topic: string | undefined;
	readonly progress: DeckProgress;
	readonly #env: SessionEnv;
	readonly #reader: LogReader;
	readonly #later: Later;
	#logReady: Promise<void> = Promise.resolve();
	#queue: DueQueue = EMPTY;
	#tracker: CountsTracker | undefined;
	readonly #today = new TodaysAnswers();
	#todayTotals: DayTotals | undefined;
	#sinceCache = 0;
	#summaryDue = false;

	private constructor(
		env: SessionEnv,
		deck: Deck,
		topic: string | undefined,
		progress: DeckProgress,
		reader: LogReader,
		later: Later
	) {
		this.#env = env;
		this.deck = deck;
		this.topic = topic;
		this.progress = progress;
		this.#reader = reader;
		this.#later = later;
	}

	/**
	 * Opens a deck up to today's queue. With a current cache only events after its log
	 * position are decoded and replayed; otherwise the whole log is replayed in slices,
	 * awaiting `pause` between them. Home's counts, the key indexes and a stale cache are
	 * left to `later`, after the first card.
	 */
	static async open(
		env: SessionEnv,
		deck: Deck,
		opts: OpenOptions & { topic?: string; later: Later }
	): Promise<StudyCore> {
		const { now, later } = opts;
		const opened = await openDeckProgress(env, deck, opts);
		const { progress, reader } = opened;
		const core = new StudyCore(env, deck, opts.topic, progress, reader, later);
		core.#logReady = opened.logReady;
		core.rebuildQueue(now);
		// One idle callback each: separate short tasks, so a tap meanwhile waits for one at most.
		later(() => progress.warm());
		later(() => env.log?.warm());
		later(() => core.saveSummary(now));
		core.#today.add(opened.recentAnswers, now);
		core.#today.add(opened.events, now);
		if (!opened.fromCache || opened.events.length) later(() => core.saveCache());
		return core;
	}

	/** The settings this session schedules with. */
	get settings(): AppSettings {
		return this.#env.settings;
	}

	/** Resolves once this tab's log writer is open: answers can be recorded from then on. */
	get logReady(): Promise<void> {
		return this.#logReady;
	}

	/** Today's queue; replaced (never mutated) on every change. */
	get queue(): DueQueue {
		return this.#queue;
	}

	/** Rebuilds today's queue over the whole deck (open, refresh, undo, another tab). */
	rebuildQueue(now: number): void {
		this.#queue = this.#todaysQueue(now, this.topic);
	}

	#todaysQueue(now: number, topic: string | undefined): DueQueue {
		const { settings } = this.#env;
		return this.progress.queue({
			now,
			tz: localOffset(now),
			dayStartHour: settings.dayStartHour,
			newPerDay: settings.newPerDay + this.#extraNew(now),
			topic
		});
	}

	/**
	 * Logs an event for `key` and applies it: one item replayed, an answered or suspended
	 * item leaves the queue (no rebuild), counts updated in O(1), their save left to `later`.
	 */
	record(key: string, origin: Origin, p: EventDraft): LogEvent {
		const e = this.#env.append({
			item: key,
			origin,
			tz: localOffset(p.t),
			rev: this.progress.item(key)!.revision,
			...p
		});
		const before = this.progress.progress(key);
		this.progress.add([e]);
		this.#today.add([e], p.t);
		const after = this.progress.progress(key);
		// A practice answer changes nothing in the schedule, so the queue stays as it is.
		if ((e.kind === 'review' && origin !== 'practice') || e.kind === 'suspend')
			this.#leaveQueue(key, before, after, p.t);
		this.#tracker?.update(key, after);
		this.#saveSummarySoon(p.t);
		if (++this.#sinceCache >= CACHE_EVERY) this.#later(() => this.saveCache());
		return e;
	}

	/** Reads what other tabs wrote; returns how many items changed. */
	readOthers(now: number): number {
		const { events, problems } = this.#reader.read(now);
		this.#env.reportUnreadable(problems);
		const touched = this.progress.add(events);
		this.#today.add(events, now);
		for (const k of touched) this.#tracker?.update(k, this.progress.progress(k));
		if (touched.length) this.rebuildQueue(now);
		return touched.length;
	}

	#leaveQueue(key: string, before: ItemProgress, after: ItemProgress, t: number): void {
		const q = this.#queue;
		const at = q.keys.indexOf(key); // almost always 0: the item on screen
		if (at === -1) return;
		const counts = { ...q.counts };
		counts[queueBucket(before.state)]--;
		let later = q.learningLater;
		// As in dueQueue: a step due after the study day ends (answered at 03:55 with a 04:00
		// day start) belongs to tomorrow's queue, not to today's count.
		const dayEnd = nextStudyDay(t, localOffset(t), this.#env.settings.dayStartHour);
		if (
			!after.suspended &&
			after.state &&
			queueBucket(after.state) === 'learning' &&
			after.state.due < dayEnd
		) {
			counts.learning++;
			later = Math.min(later ?? Infinity, after.state.due);
		}
		this.#queue = { keys: q.keys.toSpliced(at, 1), counts, learningLater: later };
	}

	/** Home's counts are saved once idle, coalescing answers in a row. */
	#saveSummarySoon(now: number): void {
		if (this.#summaryDue) return;
		this.#summaryDue = true;
		this.#later(() => this.flushSummary(now));
	}

	/** Saves home's counts now if an answer is waiting for it (page hidden or closing). */
	flushSummary(now: number): void {
		if (!this.#summaryDue) return;
		this.#summaryDue = false;
		this.saveSummary(now);
	}

	/**
	 * Saves home's counts for this deck. The tracker keeps due and learning counts O(1) per
	 * answer; the new count is what today's whole-deck queue offers (one O(n) pass, idle time).
	 */
	saveSummary(now: number): void {
		if (this.#env.readOnly) return;
		const { settings } = this.#env;
		const tz = localOffset(now);
		const dayStart = studyDayStart(now, tz, settings.dayStartHour);
		if (this.#tracker?.dayStart !== dayStart)
			this.#tracker = new CountsTracker(this.progress.summaryInputs(), dayStart);
		saveSummary(
			this.#env.kv,
			this.deck.id,
			this.#tracker.counts({
				at: now,
				newPerDay: settings.newPerDay,
				newAllowed: this.#todaysQueue(now, undefined).counts.new,
				topics: this.#topicCounts(now),
				today: this.#todayTotals
			})
		);
	}

	#extraNew(now: number): number {
		const dayStart = studyDayStart(now, localOffset(now), this.#env.settings.dayStartHour);
		return loadExtraNew(this.#env.kv, this.deck.id, dayStart);
	}

	/** "Extra new cards today": raises today's new-item limit for this deck by `n`, then requeues. */
	addExtraNew(n: number, now: number): void {
		if (this.#env.readOnly || !(n > 0)) return;
		const dayStart = studyDayStart(now, localOffset(now), this.#env.settings.dayStartHour);
		saveExtraNew(this.#env.kv, this.deck.id, dayStart, this.#extraNew(now) + Math.floor(n));
		this.rebuildQueue(now);
		this.#saveSummarySoon(now);
	}

	/** The deck's answers of the last hours (today's totals and misses are worked out from them). */
	get todayAnswers(): readonly LogEvent[] {
		return this.#today.recent();
	}

	/** Today's totals as a screen worked them out: stored with the next summary, for home. */
	keepToday(totals: DayTotals, now: number): void {
		this.#todayTotals = totals;
		this.#saveSummarySoon(now);
	}

	/** Each topic's due / new / total / seen, as a session of that topic would offer now. */
	#topicCounts(now: number): Record<string, TopicCounts> {
		const out: Record<string, TopicCounts> = {};
		for (const t of this.deck.topics) {
			const { counts } = this.#todaysQueue(now, t.id);
			out[t.id] = { due: counts.learning + counts.review, new: counts.new, total: 0, seen: 0 };
		}
		let i = 0;
		// summaryInputs() is in deck order, so the i-th input is the deck's i-th item.
		for (const [, p] of this.progress.summaryInputs())
			for (const t of this.deck.items[i++].topics) {
				const c = out[t];
				if (!c) continue;
				c.total++;
				if (p.state) c.seen++;
			}
		return out;
	}

	/** Writes the state cache (only a start-up shortcut) with the log position it reflects. */
	saveCache(): void {
		const log = this.#env.log;
		if (this.#env.readOnly || !log || log.unsaved) return;
		this.#sinceCache = 0;
		const position: LogPosition = this.#reader.position();
		position[log.writer] = Math.max(position[log.writer] ?? 0, log.count);
		saveProgressCache(this.#env.kv, this.deck.id, {
			deckRevision: this.deck.revision,
			schedulerKey: progressCacheKey(this.#env.settings, this.deck),
			position,
			states: this.progress.packed(),
			recent: this.#today.recent()
		});
	}
}
