/** Scheduling: the only importer of ts-fsrs. Settings, replay, previews, queue, day boundary. */
export { DEFAULT_STUDY_SETTINGS, RETENTION_RANGE, type StudySettings } from './settings.ts';
export { dayShift, localOffset, nextStudyDay, studyDayStart } from './day.ts';
export { phaseOf, type ItemState, type Phase } from './item-state.ts';
export { Scheduler, formatInterval, type Outcome, type Outcomes } from './scheduler.ts';
export { replayItem } from './replay.ts';
export {
	dueQueue,
	NewItemRule,
	type DueQueue,
	type QueueEntry,
	type QueueOptions
} from './queue.ts';
export { queueBucket } from './bucket.ts';
export { DeckProgress, type StateSnapshot } from './collection.ts';
export { PackedStates, type ItemProgress } from './packed.ts';
export { progressCacheKey } from './cache-key.ts';
