/** Study-session logic: the session's data path and keyboard shortcuts (exam blocks come here later). */
export {
	shortcutFor,
	type KeyLike,
	type ShortcutAction,
	type ShortcutContext
} from './shortcuts.ts';
export { StudyCore, type Later, type StudyEnv } from './study-core.ts';
