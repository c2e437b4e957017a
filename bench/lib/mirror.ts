// The start-up and answer paths of StudySession (src/lib/state/study.svelte.ts) without
// Svelte, for Node timings. That file is a runes module behind `$lib` imports, so it cannot
// run here; these functions copy its calls and must be kept in step with it by hand.
import type { Deck } from '../../src/lib/deck/index.ts';
import type { LogEvent } from '../../src/lib/log/index.ts';
import {
	DeckProgress,
	localOffset,
	progressCacheKey,
	Scheduler,
	studyDayStart
} from '../../src/lib/srs/index.ts';
import { CountsTracker } from '../../src/lib/stats/index.ts';
import {
	loadProgressCache,
	loadSettings,
	LogReader,
	LogWriter,
	saveProgressCache,
	saveSummary,
	type AppSettings,
	type KV
} from '../../src/lib/storage/index.ts';

/** The app's cache key (shared with study.svelte.ts). */
export const cacheKey = progressCacheKey;

/** Counts FSRS steps, to show an answer replays one item and not the collection. */
export class CountingScheduler extends Scheduler {
	steps = 0;
	override next(...args: Parameters<Scheduler['next']>) {
		this.steps++;
		return super.next(...args);
	}
}

export interface Session {
	kv: KV;
	deck: Deck;
	settings: AppSettings;
	log: LogWriter;
	reader: LogReader;
	progress: DeckProgress;
	scheduler: CountingScheduler;
	/** Whether the state cache was current and used. */
	cached: boolean;
	/** Whether the cache must be rewritten (missing, or events after it). */
	stale: boolean;
	sinceCache: number;
	tracker?: CountsTracker;
	queue?: string[];
}

export const queueOf = (s: Session, now: number) =>
	s.progress.queue({
		now,
		tz: localOffset(now),
		dayStartHour: s.settings.dayStartHour,
		newPerDay: s.settings.newPerDay
	});

/**
 * `StudySession.open` up to the first card: read the log after the cache position, open the
 * writer from the reader's cursor (`AppStore.openLog`), load states, build today's queue.
 */
export function open(kv: KV, deck: Deck, writer: string, now: number, useCache = true): Session {
	const { settings } = loadSettings(kv);
	const reader = new LogReader(kv);
	const scheduler = new CountingScheduler(settings);
	const progress = new DeckProgress(deck, scheduler, () => new LogReader(kv).read(now).events);
	const cache = useCache ? loadProgressCache(kv, deck.id) : undefined;
	const current =
		cache?.schedulerKey === cacheKey(settings, deck) && cache.states.size === deck.items.length
			? cache
			: undefined;
	const { events } = reader.read(now, current?.position);
	const log = new LogWriter(kv, writer, now, reader);
	// The app replays without a cache in slices (loadInSlices); in Node the total is the figure.
	progress.load(events, current?.states);
	const s: Session = {
		kv,
		deck,
		settings,
		log,
		reader,
		progress,
		scheduler,
		cached: !!current,
		stale: !current || events.length > 0,
		sinceCache: 0
	};
	s.queue = queueOf(s, now).keys;
	return s;
}

/** What the app does in idle time once the first card is on screen: index, home's counts, cache. */
export function settle(s: Session, now: number): void {
	s.progress.warm();
	s.log.warm();
	summary(s, now);
	if (s.stale) saveCache(s);
}

function summary(s: Session, now: number, touched?: string) {
	const tz = localOffset(now);
	const { settings: st, progress } = s;
	const dayStart = studyDayStart(now, tz, st.dayStartHour);
	if (s.tracker?.dayStart !== dayStart)
		s.tracker = new CountsTracker(progress.summaryInputs(), dayStart);
	else if (touched) s.tracker.update(touched, progress.progress(touched));
	saveSummary(
		s.kv,
		s.deck.id,
		s.tracker.counts({
			at: now,
			newPerDay: st.newPerDay,
			newAllowed: st.newPerDay - progress.newIntroducedToday(now, tz, st.dayStartHour)
		})
	);
}

function saveCache(s: Session) {
	s.sinceCache = 0;
	const position = s.reader.position();
	position[s.log.writer] = Math.max(position[s.log.writer] ?? 0, s.log.count);
	saveProgressCache(s.kv, s.deck.id, {
		deckRevision: s.deck.revision,
		schedulerKey: cacheKey(s.settings, s.deck),
		position,
		states: s.progress.packed()
	});
}

/** `StudySession.rate` → `#record` → `#leaveQueue`: returns how many items were replayed. */
export function answer(s: Session, key: string, now: number): number {
	const e: LogEvent = {
		id: s.log.nextId(),
		item: key,
		kind: 'review',
		origin: 'study',
		t: now,
		tz: localOffset(now),
		rev: s.progress.item(key)!.revision,
		rating: 3,
		ms: 4200
	};
	s.log.append(e);
	const touched = s.progress.add([e]).length;
	summary(s, now, key);
	// As the app: the answered item leaves the queue; no rebuild, and the cache is saved
	// in idle time every 50 answers (not on this path).
	s.queue = (s.queue ?? []).filter((k) => k !== key);
	return touched;
}
