/** What home shows for a deck, kept up to date on each answer so home needs no scheduler. */
export interface DeckCounts {
	total: number;
	/** Items never answered. */
	unseen: number;
	/** New items still allowed in the study day starting at `dayStart`. */
	newToday: number;
	/** The daily new-item limit, for days after `dayStart`. */
	newPerDay: number;
	/** Start of the study day the counts were made in. */
	dayStart: number;
	/** Review due times (epoch minutes, rounded up) with counts, ascending. */
	due: [number, number][];
	/** Learning-step due times, likewise. */
	learning: [number, number][];
	/** When this summary was made. */
	at: number;
}

/** Minimal item view the summary needs (structurally matches srs' ItemProgress). */
export interface SummaryInput {
	state?: { due: number; state: number };
	suspended: boolean;
}

const DAY = 86_400_000;

function buckets(map: Map<number, number>): [number, number][] {
	return [...map].sort((a, b) => a[0] - b[0]);
}

/** Builds a deck's counts from its items' progress. */
export function summarizeCounts(
	items: Iterable<SummaryInput>,
	opts: { at: number; dayStart: number; newAllowed: number; newPerDay: number }
): DeckCounts {
	let total = 0;
	let unseen = 0;
	const due = new Map<number, number>();
	const learning = new Map<number, number>();
	for (const p of items) {
		total++;
		if (p.suspended) continue;
		if (!p.state) {
			unseen++;
			continue;
		}
		const m = Math.ceil(p.state.due / 60_000);
		const into = p.state.state === 1 || p.state.state === 3 ? learning : due;
		into.set(m, (into.get(m) ?? 0) + 1);
	}
	return {
		total,
		unseen,
		newToday: Math.max(0, Math.min(unseen, opts.newAllowed)),
		newPerDay: opts.newPerDay,
		dayStart: opts.dayStart,
		due: buckets(due),
		learning: buckets(learning),
		at: opts.at
	};
}

function countUntil(list: [number, number][], until: number): number {
	let n = 0;
	for (const [m, c] of list) {
		if (m * 60_000 > until) break;
		n += c;
	}
	return n;
}

/** End of the study day containing `now`, rolled forward from the summary's day. */
export function dayEndAt(counts: DeckCounts, now: number): number {
	const days = Math.max(1, Math.ceil((now - counts.dayStart + 1) / DAY));
	return counts.dayStart + days * DAY;
}

/** What home shows: reviews due today, learning steps due now, new items left today. */
export function homeCounts(
	counts: DeckCounts,
	now: number
): { due: number; learning: number; new: number } {
	const sameDay = now < counts.dayStart + DAY;
	return {
		due: countUntil(counts.due, dayEndAt(counts, now)),
		learning: countUntil(counts.learning, now),
		new: sameDay ? counts.newToday : Math.min(counts.unseen, counts.newPerDay)
	};
}
