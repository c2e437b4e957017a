/** The data path every feature runs through: open a deck's progress, record events with their origin. */
export type { Later, SessionEnv } from './env.ts';
export { openDeckProgress, type OpenedDeck, type OpenOptions } from './open.ts';
export { StudyCore, type EventDraft } from './study-core.ts';
export { TodaysAnswers } from './today.ts';
export { DeckHistory } from './history.ts';
