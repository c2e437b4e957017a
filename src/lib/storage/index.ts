/**
 * Storage: the only toucher of localStorage. This is what code outside storage uses (state
 * classes, the session's data path, tests, the bench); codecs, segment scanning and
 * migrations stay inside. Two modules are imported directly on purpose: `backup.ts` (loaded
 * lazily, with zod, when a backup is made or restored) and, for home's small first load,
 * `browser.ts`, `summary-store.ts` and `backup-reminder.ts`.
 */
export * from './keys.ts';
export { MemoryKV, keysWithPrefix, usedChars, type KV, type WriteResult } from './kv.ts';
export { LogReader, LogWriter, type LogPosition } from './log-store.ts';
export {
	guardWrites,
	openMeta,
	randomId,
	readVersion,
	STORAGE_VERSION,
	type StorageAccess
} from './meta.ts';
export { DEFAULT_SETTINGS, loadSettings, saveSettings, type AppSettings } from './settings.ts';
export { loadProgressCache, saveProgressCache, type ProgressCache } from './progress-cache.ts';
export { loadSummaries, saveSummary } from './summary-store.ts';
export { listQuarantine, type QuarantineEntry } from './quarantine.ts';
export { browserStorage, claimWriterSlot } from './browser.ts';
export { backupDue, lastBackupAt } from './backup-reminder.ts';
export type { Backup, ImportResult } from './backup.ts';
export { loadExtraNew, saveExtraNew } from './custom-study.ts';
