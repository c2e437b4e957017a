// The one URL-hash codec: everything a link into CaseDeck can carry after `#`. Hash, not query,
// so a static host serves the same prerendered page and the target never reaches a server.
// Validated by hand, not with zod: the study page parses its hash on first load, where zod
// would add ~6 KB (hash.test.ts checks every result against a zod/mini schema instead).

/** What a link points at; every part is optional and an empty target is a plain page. */
export interface LinkTarget {
	/** A deck topic's id: study only that topic. */
	topic?: string;
	/** An exam block's id. */
	block?: string;
	/** An assignment, as the opaque payload its link carries. */
	assign?: string;
}

/** Every key a link may carry, in the order {@link formatHash} writes them. */
export const LINK_KEYS = [
	'topic',
	'block',
	'assign'
] as const satisfies readonly (keyof LinkTarget)[];

/** Deck and topic ids (as the deck schema allows them) and block ids. */
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** An assignment payload: URL-safe characters only (no escaping), bounded. */
const PAYLOAD = /^[A-Za-z0-9_.~-]{1,4000}$/;

const VALID: Record<keyof LinkTarget, RegExp> = { topic: ID, block: ID, assign: PAYLOAD };

/**
 * Reads a location hash (`#topic=anatomy`, with or without the `#`). Unknown keys, values
 * that do not validate and repeats of a key (the first counts) are ignored: a hand-edited or
 * newer link never breaks the page, it only names less.
 */
export function parseHash(hash: string): LinkTarget {
	// URLSearchParams decodes leniently (a bad escape stays as text, which then fails to validate).
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const out: LinkTarget = {};
	for (const k of LINK_KEYS) {
		const v = params.get(k);
		if (v !== null && VALID[k].test(v)) out[k] = v;
	}
	return out;
}

/** Writes a target as a location hash (`''` for an empty one); {@link parseHash} reads it back. */
export function formatHash(target: LinkTarget): string {
	const parts = LINK_KEYS.filter((k) => target[k] !== undefined).map(
		(k) => `${k}=${encodeURIComponent(target[k]!)}`
	);
	return parts.length ? `#${parts.join('&')}` : '';
}
