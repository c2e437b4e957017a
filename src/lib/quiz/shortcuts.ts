import type { Rating } from '../log/index.ts';

/** What a key press asks the study screen to do. */
export type ShortcutAction =
	| { type: 'reveal' }
	| { type: 'check' }
	| { type: 'next' }
	| { type: 'rate'; rating: Rating }
	| { type: 'choose'; index: number }
	| { type: 'undo' };

/** The study screen's state, as far as shortcuts care. */
export interface ShortcutContext {
	hasItem: boolean;
	revealed: boolean;
	checked: boolean;
	/** The item is answered by choosing (mcq, level) rather than recalled. */
	choice: boolean;
	canUndo: boolean;
}

/** Minimal key event shape (a DOM KeyboardEvent fits). */
export interface KeyLike {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	target?: EventTarget | null;
}

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/**
 * Maps a key to an action: Space/Enter reveal (or check, or go next), 1–4 rate, A–E choose,
 * U undo. Keys typed in form fields, with modifiers, or on a focused button (whose own
 * Enter/Space must win) are ignored.
 */
export function shortcutFor(e: KeyLike, ctx: ShortcutContext): ShortcutAction | undefined {
	if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
	const el = e.target as { tagName?: string; isContentEditable?: boolean } | null | undefined;
	if (el?.tagName && (TYPING.test(el.tagName) || el.isContentEditable)) return undefined;
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	if (key === 'u') return ctx.canUndo ? { type: 'undo' } : undefined;
	if (!ctx.hasItem) return undefined;
	if (key === ' ' || key === 'Enter') {
		if (el?.tagName === 'BUTTON' || el?.tagName === 'A' || el?.tagName === 'SUMMARY')
			return undefined;
		if (!ctx.choice) return ctx.revealed ? undefined : { type: 'reveal' };
		return ctx.checked ? { type: 'next' } : { type: 'check' };
	}
	if (/^[1-4]$/.test(key) && (ctx.checked || (!ctx.choice && ctx.revealed)))
		return { type: 'rate', rating: Number(key) as Rating };
	if (/^[a-e]$/.test(key) && ctx.choice && !ctx.checked)
		return { type: 'choose', index: key.charCodeAt(0) - 97 };
	return undefined;
}
