/** Study-session interaction logic: keyboard shortcuts (exam blocks come here later). */
export {
	shortcutFor,
	type KeyLike,
	type ShortcutAction,
	type ShortcutContext
} from './shortcuts.ts';
