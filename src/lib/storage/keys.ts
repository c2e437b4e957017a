// The one key schema: every localStorage key CaseDeck reads or writes is spelled here and
// nowhere else (app.html's inline first-visit script keeps a literal PREFIX, tied to this
// module by tests/unit/app-html.test.ts). Home imports this module, so it stays tiny. (The Web
// Locks name of a writer slot, `casedeck-writer-…`, is not a storage key: browser.ts owns it.)

/** Every key this app owns starts with this. */
export const PREFIX = 'casedeck:';

/** The fixed keys. */
export const KEYS = {
	/** Layout version and device id (meta.ts). */
	meta: `${PREFIX}meta`,
	/** The learner's settings (settings.ts). */
	settings: `${PREFIX}settings`,
	/** When the last backup was downloaded (backup-reminder.ts). */
	backupAt: `${PREFIX}backup-at`,
	/** Written and removed at once to see whether storage works (browser.ts). */
	probe: `${PREFIX}probe`,
	/** The list of quarantined keys (quarantine.ts). */
	quarantineIndex: `${PREFIX}quarantine:index`
} as const;

/** Every log segment key starts with this. */
export const LOG_PREFIX = `${PREFIX}log:`;

/** A log segment: `casedeck:log:<writer>:<n>` (writer = device id + tab slot). */
export const SEGMENT_KEY = /^casedeck:log:([a-z0-9]+):(\d+)$/;

/** Key of segment `n` of a writer. */
export const segmentKey = (writer: string, n: number): string => `${LOG_PREFIX}${writer}:${n}`;

/** The writer and segment number of a log segment key, or undefined for any other key. */
export function parseSegmentKey(key: string): { writer: string; n: number } | undefined {
	const m = SEGMENT_KEY.exec(key);
	return m ? { writer: m[1], n: Number(m[2]) } : undefined;
}

/** Whether another tab's write to `key` may have added review log events. */
export const isLogKey = (key: string): boolean => key.startsWith(LOG_PREFIX);

/** Every per-deck state cache key starts with this. */
export const CACHE_PREFIX = `${PREFIX}cache:`;

/** A deck's cached item states (progress-cache.ts; only a start-up shortcut). */
export const cacheKey = (deckId: string): string => CACHE_PREFIX + deckId;

/** Every per-deck summary key starts with this. */
export const SUMMARY_PREFIX = `${PREFIX}summary:`;

/** A deck's counts for home (summary-store.ts; a cache, rebuilt on the next answer). */
export const summaryKey = (deckId: string): string => SUMMARY_PREFIX + deckId;

/** Every quarantined value's key starts with this (followed by its original key). */
export const QUARANTINE_PREFIX = `${PREFIX}quarantine:`;

/** Where the value of unreadable `key` is kept aside (never deleted). */
export const quarantineKey = (key: string): string => QUARANTINE_PREFIX + key;

/** Today's raise of a deck's new-item limit ("Extra new cards today"). */
export const EXTRA_NEW_PREFIX = `${PREFIX}extra-new:`;

/** Key of a deck's extra new items for today. */
export const extraNewKey = (deckId: string): string => EXTRA_NEW_PREFIX + deckId;
