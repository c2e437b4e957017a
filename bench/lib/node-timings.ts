// Node timings of the domain code on seeded collections: what opening a deck, building
// today's queue, answering and a full replay cost, independent of the UI.
import { keysWithPrefix, usedChars } from '../../src/lib/storage/index.ts';
import { answer, open, queueOf, settle } from './mirror.ts';
import { WRITERS, type Collection } from './synth.ts';
import { median, timeRuns } from './stats.ts';

export interface NodeFigures {
	reviews: number;
	items: number;
	/** Read + check + ready the queue with cached states: median and first (cold JIT) run. */
	startupMs: number;
	startupFirstMs: number;
	/** The work the app leaves to idle time after the first card: counts for home, cache save. */
	settleMs: number;
	/** Today's queue over every item. */
	queueMs: number;
	/** Start-up without the cache: every item replayed from the whole log. */
	replayMs: number;
	/** One answer as the study page handles it: log, update, summary, cache every 10th, queue. */
	answerMs: number;
	answerP95Ms: number;
	/** Items whose state one answer recomputed (must be 1). */
	answerItems: number;
	/** FSRS steps per answer vs a full replay's. */
	answerSteps: number;
	replaySteps: number;
	/** Characters in localStorage per review: all CaseDeck keys, and the log alone. */
	charsPerReview: number;
	logCharsPerReview: number;
}

/** Measures one collection. `runs` repeats each timing; the median is reported. */
export async function measureCollection(c: Collection, runs = 7): Promise<NodeFigures> {
	const { deck, now } = c;
	const writer = WRITERS[0];
	// Every open writes the cache and summary, so each run starts from its own copy.
	const fresh = (useCache: boolean) => {
		const kv = c.kv.clone();
		if (!useCache) kv.removeItem(`casedeck:cache:${deck.id}`);
		return kv;
	};
	const idleMs: number[] = [];
	const timeOpen = async (useCache: boolean) => {
		const kv = fresh(useCache);
		const t = performance.now();
		const s = await open(kv, deck, writer, now);
		const ms = performance.now() - t;
		// The seeded cache is a few answers behind: a cached open replays only those.
		if (useCache && s.scheduler.steps > 100)
			throw new Error(`the seeded cache was not used (${s.scheduler.steps} FSRS steps)`);
		const replaySteps = s.scheduler.steps;
		const idle = performance.now();
		settle(s);
		idleMs.push(performance.now() - idle);
		return { ms, s, replaySteps };
	};
	const first = (await timeOpen(true)).ms;
	await timeOpen(true);
	idleMs.length = 0;
	const startups: number[] = [];
	for (let i = 0; i < runs; i++) startups.push((await timeOpen(true)).ms);
	const settleMs = median(idleMs);
	const replays = [];
	for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) replays.push(await timeOpen(false));
	const opened = (await timeOpen(true)).s;
	const queue = median(timeRuns(() => queueOf(opened, now), runs * 3));
	const answers: number[] = [];
	let touched = 0;
	let steps = 0;
	for (let i = 0; i < 40; i++) {
		const at = now + i * 1000;
		// As the app: the next card is the queue's head; a rebuild only when it runs dry.
		const key = opened.core.queue.keys[0] ?? queueOf(opened, at)[0];
		if (!key) break;
		const before = opened.scheduler.steps;
		const t = performance.now();
		touched = Math.max(touched, answer(opened, key, at));
		answers.push(performance.now() - t);
		steps = Math.max(steps, opened.scheduler.steps - before);
		settle(opened); // idle time between answers
	}
	const warm = answers.slice(5);
	let logChars = 0;
	for (const k of keysWithPrefix(c.kv, 'casedeck:log:'))
		logChars += k.length + c.kv.getItem(k)!.length;
	return {
		reviews: c.reviews,
		items: deck.items.length,
		startupMs: median(startups),
		startupFirstMs: first,
		settleMs,
		queueMs: queue,
		replayMs: median(replays.map((r) => r.ms)),
		answerMs: median(warm),
		answerP95Ms: [...warm].sort((a, b) => a - b)[Math.ceil(warm.length * 0.95) - 1],
		answerItems: touched,
		answerSteps: steps,
		replaySteps: replays[0].replaySteps,
		charsPerReview: usedChars(c.kv) / c.reviews,
		logCharsPerReview: logChars / c.reviews
	};
}
