import type { LogEvent } from '../log/index.ts';
import type { AppSettings, KV, LogReader, LogWriter, QuarantineEntry } from '../storage/index.ts';

/** What a session needs from the app (AppStore in the browser, a stub in tests and the bench). */
export interface SessionEnv {
	readonly kv: KV;
	readonly settings: AppSettings;
	readonly readOnly: boolean;
	readonly log: LogWriter | undefined;
	/** Starts claiming this tab's writer (if that takes a round trip), before the log is read. */
	prepareLog?(): unknown;
	/** Opens this tab's log writer; `reader`, having read the log, hands it its cursor. */
	openLog(now: number, reader?: LogReader): Promise<void>;
	/** Appends an event to this tab's log (kept in memory when storage fails). */
	append(event: Omit<LogEvent, 'id'>): LogEvent;
	/** Tells the user that parts of the log were unreadable (and kept aside). */
	reportUnreadable(problems: QuarantineEntry[]): void;
}

/** Runs work the first card should not wait for (requestIdleCallback in the app). */
export type Later = (fn: () => void) => void;
