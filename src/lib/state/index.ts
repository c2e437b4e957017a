/** Reactive state for pages: the app store and study sessions. */
export { AppStore, getApp } from './app.svelte.ts';
export { notices, type Notice } from './notices.svelte.ts';
export { StudyCards } from './cards.svelte.ts';
export { ItemPreview, mayShowFirstCard } from './item-preview.ts';
export {
	StudySession,
	whenIdle,
	type ItemSession,
	type CheckedAnswer,
	type SessionAnswer
} from './study.svelte.ts';
