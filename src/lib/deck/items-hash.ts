import type { ReviewItem } from './types.ts';

/**
 * A 64-bit hash (two 32-bit ones, base36) of a deck's item list: every `id@revision;` in
 * order. Cached item states are stored by position and trusted only when this matches, so
 * any added, removed, reordered or revised item invalidates them. Bundled decks carry it in
 * their index (worked out at build time); otherwise it is computed on first use.
 */
export function itemsHash(items: readonly ReviewItem[]): string {
	let h = 0;
	let f = 0x811c9dc5;
	const mix = (c: number) => {
		h = (Math.imul(h, 31) + c) | 0;
		f = Math.imul(f ^ c, 0x01000193);
	};
	for (const i of items) {
		const id = i.id;
		for (let k = 0; k < id.length; k++) mix(id.charCodeAt(k));
		mix(64);
		const rev = String(i.revision);
		for (let k = 0; k < rev.length; k++) mix(rev.charCodeAt(k));
		mix(59);
	}
	return `${(h >>> 0).toString(36)}.${(f >>> 0).toString(36)}`;
}
