/** Storage: the only toucher of localStorage. Versioned codecs, log segments, quarantine. */
export {
	MemoryKV,
	PREFIX,
	isQuotaError,
	keysWithPrefix,
	safeGet,
	safeSet,
	usedChars,
	type KV,
	type WriteResult
} from './kv.ts';
export { LogReader, LogStore, LogWriter, segmentKey, type LogPosition } from './log-store.ts';
export { SEGMENT_SIZE, encodeSegment, decodeSegment, ItemDictionary } from './log-codec.ts';
export { openMeta, randomId, STORAGE_VERSION, type StorageAccess } from './meta.ts';
export {
	DEFAULT_SETTINGS,
	loadSettings,
	parseSettings,
	saveSettings,
	type AppSettings
} from './settings.ts';
export { loadProgressCache, saveProgressCache, type ProgressCache } from './progress-cache.ts';
export { loadSummaries, saveSummary } from './summary-store.ts';
export { listQuarantine, quarantine, quarantinedText, type QuarantineEntry } from './quarantine.ts';
export { browserStorage, claimWriterSlot } from './browser.ts';
export type { Backup, ImportResult } from './backup.ts';
export { MIGRATIONS, migrate, type Migration } from './migrations.ts';
export { backupDue, lastBackupAt, markBackedUp } from './backup-reminder.ts';
export { loadExtraNew, saveExtraNew } from './custom-study.ts';
