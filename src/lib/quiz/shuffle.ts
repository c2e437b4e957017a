/**
 * The one seeded shuffle shared by study, vignettes and exam blocks: a string seed is hashed
 * (cyrb53, folded to 32 bits) into a mulberry32 generator that drives a Fisher–Yates shuffle.
 * Same seed, same order on every device and after every reload; no Math.random anywhere.
 */

/** 32-bit hash of a string (cyrb53's two lanes folded): similar seeds give unrelated values. */
export function hashSeed(seed: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < seed.length; i++) {
		const ch = seed.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h1 ^ h2) >>> 0;
}

/** mulberry32: a tiny, fast PRNG with a 32-bit state; returns floats in [0, 1). */
export function mulberry32(state: number): () => number {
	let a = state >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `items` in an order fixed by `seed` (a new array; the input is untouched). Pass
 * `shuffle: false` for a card that says so (numbered options, "both of the above"): the order
 * is then the file order, so every caller keeps one code path.
 */
export function shuffledOrder<T>(items: readonly T[], seed: string, shuffle = true): T[] {
	const out = items.slice();
	if (!shuffle) return out;
	const random = mulberry32(hashSeed(seed));
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/**
 * Seed of one study presentation: the item and how many reviews it has had, so a reload or an
 * undo shows the same order and the next review a new one.
 */
export function presentationSeed(itemKey: string, reviewCount: number): string {
	return `study:${itemKey}#${reviewCount}`;
}

/** Seed of one question's options inside a block: fixed for the block, different per item. */
export function blockOptionSeed(blockSeed: string, itemKey: string): string {
	return `block:${blockSeed}:${itemKey}`;
}
