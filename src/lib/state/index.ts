/** Reactive state for pages: the app store and study sessions. */
export { AppStore, getApp, type Notice } from './app.svelte.ts';
export { StudySession, type CheckedAnswer, type SessionAnswer } from './study.svelte.ts';
