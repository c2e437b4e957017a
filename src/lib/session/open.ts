import type { Deck } from '../deck/index.ts';
import type { LogEvent } from '../log/index.ts';
import { DeckProgress, progressCacheKey, Scheduler } from '../srs/index.ts';
import { LogReader, loadProgressCache } from '../storage/index.ts';
import type { SessionEnv } from './env.ts';

/** A deck's progress, opened: what any feature (study, exam block, report, chart) starts from. */
export interface OpenedDeck {
	progress: DeckProgress;
	/** The reader that read the log; later reads return only what other tabs added since. */
	reader: LogReader;
	/** Resolves once this tab's log writer is open: events can be recorded from then on. */
	logReady: Promise<void>;
	/** Whether the state cache was current (only events after its position were replayed). */
	fromCache: boolean;
	/** Events read after the cache's position (all events without a cache). */
	events: readonly LogEvent[];
	/** Answers of the last hours up to the cache's position, as the cache kept them. */
	recentAnswers: readonly LogEvent[];
}

/** Options of {@link openDeckProgress}. */
export interface OpenOptions {
	now: number;
	/** Awaited between slices of a full replay, so the page never freezes. */
	pause: () => Promise<void>;
	/** Share of a full replay done so far (0–1), reported between slices. */
	progress?: (fraction: number) => void;
	/** The FSRS scheduler to use (the bench counts its steps). */
	scheduler?: Scheduler;
}

/**
 * Opens a deck's progress: checks the state cache, reads the log (after the cache's position
 * when it is current, else all of it, in slices), starts this tab's writer, replays.
 */
export async function openDeckProgress(
	env: SessionEnv,
	deck: Deck,
	opts: OpenOptions
): Promise<OpenedDeck> {
	const { settings, kv } = env;
	const now = opts.now;
	env.prepareLog?.();
	const fullLog = () => new LogReader(kv).read(now).events;
	const scheduler = opts.scheduler ?? new Scheduler(settings);
	const progress = new DeckProgress(deck, scheduler, fullLog);
	const cache = loadProgressCache(kv, deck.id);
	// The cache is by deck position: used only for the same settings and item list.
	const current =
		cache?.schedulerKey === progressCacheKey(settings, deck) &&
		cache.states.size === deck.items.length
			? cache
			: undefined;
	const reader = new LogReader(kv);
	const { events, problems } = current
		? reader.read(now, current.position)
		: await reader.readInSlices(now, {}, opts.pause);
	// After the read, so the writer takes over the reader's cursor instead of re-scanning.
	// Not awaited: its Web Locks round trip overlaps loading the first card's part.
	const logReady = env.openLog(now, reader);
	env.reportUnreadable(problems);
	if (current) progress.load(events, current.states);
	else await progress.loadInSlices(events, undefined, opts.pause, opts.progress);
	return {
		progress,
		reader,
		logReady,
		fromCache: Boolean(current),
		events,
		recentAnswers: current?.recent ?? []
	};
}
