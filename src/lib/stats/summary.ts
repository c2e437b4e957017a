/** What home shows for a deck, kept up to date on each answer so home needs no scheduler. */
export interface DeckCounts {
	total: number;
	/** Items never answered. */
	unseen: number;
	/** New items still allowed today, as of `at`. */
	newToday: number;
	/** Start of the study day `newToday` belongs to. */
	dayStart: number;
	/** Due times (epoch minutes, rounded up) with counts, ascending. */
	due: [number, number][];
	/** When this summary was made. */
	at: number;
}

/** Minimal item view the summary needs (structurally matches srs' ItemProgress). */
export interface SummaryInput {
	state?: { due: number; state: number };
	suspended: boolean;
}

/** Builds a deck's counts from its items' progress. */
export function summarizeCounts(
	items: Iterable<SummaryInput>,
	opts: { at: number; dayStart: number; newAllowed: number }
): DeckCounts {
	let total = 0;
	let unseen = 0;
	const buckets = new Map<number, number>();
	for (const p of items) {
		total++;
		if (p.suspended) continue;
		if (!p.state) {
			unseen++;
			continue;
		}
		const m = Math.ceil(p.state.due / 60_000);
		buckets.set(m, (buckets.get(m) ?? 0) + 1);
	}
	return {
		total,
		unseen,
		newToday: Math.max(0, Math.min(unseen, opts.newAllowed)),
		dayStart: opts.dayStart,
		due: [...buckets].sort((a, b) => a[0] - b[0]),
		at: opts.at
	};
}

/** Items due by `until` (epoch ms): learning steps due now and reviews due today. */
export function countDue(counts: DeckCounts, until: number): number {
	let n = 0;
	for (const [m, c] of counts.due) {
		if (m * 60_000 > until) break;
		n += c;
	}
	return n;
}
