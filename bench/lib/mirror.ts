// The study page's data path in Node: StudyCore (src/lib/session/study-core.ts) is what
// StudySession runs in the browser, here over a MemoryKV-like store and a plain environment,
// so the timings are of the app's own code. Work the app leaves to idle time is queued and
// run by `settle`, outside the timed spans.
import type { Deck } from '../../src/lib/deck/index.ts';
import type { LogEvent } from '../../src/lib/log/index.ts';
import { StudyCore, type SessionEnv } from '../../src/lib/session/index.ts';
import { progressCacheKey, Scheduler } from '../../src/lib/srs/index.ts';
import {
	loadSettings,
	LogWriter,
	type AppSettings,
	type KV,
	type LogReader
} from '../../src/lib/storage/index.ts';

/** The app's cache key (shared with study-core.ts). */
export const cacheKey = progressCacheKey;

/** Counts FSRS steps, to show an answer replays one item and not the collection. */
export class CountingScheduler extends Scheduler {
	steps = 0;
	override next(...args: Parameters<Scheduler['next']>) {
		this.steps++;
		return super.next(...args);
	}
}

/** AppStore's part that StudyCore uses, without Svelte, Web Locks or notices. */
class BenchEnv implements SessionEnv {
	readonly kv: KV;
	readonly settings: AppSettings;
	readonly readOnly = false;
	log: LogWriter | undefined;
	readonly #writer: string;
	constructor(kv: KV, writer: string) {
		this.kv = kv;
		this.#writer = writer;
		this.settings = loadSettings(kv).settings;
	}
	async openLog(now: number, reader?: LogReader): Promise<void> {
		this.log ??= new LogWriter(this.kv, this.#writer, now, reader);
	}
	append(event: Omit<LogEvent, 'id'>): LogEvent {
		const full = { ...event, id: this.log!.nextId() } as LogEvent;
		this.log!.append(full);
		return full;
	}
	reportUnreadable(): void {}
}

export interface Session {
	kv: KV;
	core: StudyCore;
	scheduler: CountingScheduler;
	/** Idle-time work queued by the core. */
	idle: (() => void)[];
}

const noPause = async () => {};

/** `StudySession.open` up to the first card: read, check, replay, today's queue. */
export async function open(kv: KV, deck: Deck, writer: string, now: number): Promise<Session> {
	const env = new BenchEnv(kv, writer);
	const scheduler = new CountingScheduler(env.settings);
	const idle: (() => void)[] = [];
	const core = await StudyCore.open(env, deck, {
		now,
		later: (fn) => idle.push(fn),
		pause: noPause,
		scheduler
	});
	await core.logReady; // the page waits for it too, beside the first card's part
	return { kv, core, scheduler, idle };
}

/** Runs what the app leaves to idle time (key indexes, home's counts, a stale cache). */
export function settle(s: Session): void {
	while (s.idle.length) s.idle.shift()!();
}

/** Today's queue, rebuilt over the whole deck. */
export function queueOf(s: Session, now: number): string[] {
	s.core.rebuildQueue(now);
	return s.core.queue.keys;
}

/** `StudySession.rate`: returns how many items' states changed. */
export function answer(s: Session, key: string, now: number): number {
	const before = s.core.progress.progress(key);
	s.core.record(key, 'study', { kind: 'review', rating: 3, t: now, ms: 4200 });
	return before === s.core.progress.progress(key) ? 0 : 1;
}
