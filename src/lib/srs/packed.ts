import type { ItemState } from './item-state.ts';

/** Progress of one item: its FSRS state and its flags. */
export interface ItemProgress {
	state: ItemState | undefined;
	suspended: boolean;
	flagged: boolean;
	note?: string;
	/** Time of the first review that still counts (for the daily new-item limit). */
	firstReview?: number;
}

/** Numbers per item in {@link PackedStates.cols}: due, code, first review. */
export const COLS = 3;
const SUSPENDED = 8;
const FLAGGED = 16;

/** The code column: FSRS state + 1 (0 = never answered), plus suspended and flagged bits. */
export function codeOf(p: ItemProgress): number {
	return (
		(p.state ? p.state.state + 1 : 0) | (p.suspended ? SUSPENDED : 0) | (p.flagged ? FLAGGED : 0)
	);
}

/** FSRS state in a code (-1 when never answered) and whether the item is suspended. */
export const stateOfCode = (code: number) => (code & 7) - 1;
/** Whether a code marks a suspended item. */
export const suspendedInCode = (code: number) => (code & SUSPENDED) > 0;

/** The rest of a state (besides due and state) as one short text line, or '' when new. */
export function encodeRow(s: ItemState | undefined): string {
	if (!s) return '';
	return `${s.stability},${s.difficulty},${s.scheduledDays},${s.learningSteps},${s.reps},${s.lapses},${s.lastReview}`;
}

/**
 * Cached states of a deck's items, by deck position, in the layout start-up needs: three
 * numbers per item, read at once, for the queue and counts; the rest of each state is a text
 * row decoded only when that item is shown, answered or saved. No item keys are stored: a
 * cache is used only when the deck's item list hashes the same (see progressCacheKey), so
 * positions line up. 10,000 items start in a few milliseconds instead of 20,000 objects.
 */
export class PackedStates {
	/** {@link COLS} numbers per item: due (epoch ms), code ({@link codeOf}), first review or -1. */
	readonly cols: ArrayLike<number>;
	/** Notes of flagged items, by position. */
	readonly notes: Readonly<Record<number, string>>;
	#rowsText: string | undefined;
	#rows: string[] | undefined;

	/** `rows` is one row per item, or all rows joined by newlines (split on first use). */
	constructor(
		cols: ArrayLike<number>,
		rows: string | string[],
		notes: Readonly<Record<number, string>> = {}
	) {
		this.cols = cols;
		this.notes = notes;
		if (typeof rows === 'string') this.#rowsText = rows;
		else this.#rows = rows;
	}

	/** Items covered. */
	get size(): number {
		return this.cols.length / COLS;
	}

	/** Packs every item's progress, in deck order. */
	static from(items: Iterable<ItemProgress>): PackedStates {
		const cols: number[] = [];
		const rows: string[] = [];
		const notes: Record<number, string> = {};
		for (const p of items) {
			if (p.note !== undefined) notes[rows.length] = p.note;
			cols.push(p.state?.due ?? 0, codeOf(p), p.firstReview ?? -1);
			rows.push(encodeRow(p.state));
		}
		return new PackedStates(cols, rows, notes);
	}

	#starts: Int32Array | undefined;

	/** The text row of item `i`. */
	row(i: number): string {
		if (this.#rows) return this.#rows[i] ?? '';
		const text = this.#rowsText!;
		// Where each row starts, found once: cheaper than splitting 10,000 rows into strings
		// when start-up needs only the few items answered since the cache was saved.
		if (!this.#starts) {
			const starts = new Int32Array(this.size + 1);
			let n = 1;
			for (
				let at = text.indexOf('\n');
				at !== -1 && n < starts.length;
				at = text.indexOf('\n', at + 1)
			)
				starts[n++] = at + 1;
			for (; n < starts.length; n++) starts[n] = text.length + 1;
			this.#starts = starts;
		}
		if (i < 0 || i >= this.size) return '';
		return text.slice(this.#starts[i], this.#starts[i + 1] - 1);
	}

	/** All rows joined by newlines (the stored form). */
	rowsText(): string {
		return this.#rowsText ?? this.#rows!.join('\n');
	}

	/** Every item decoded, in order (tests and tools; start-up never needs them all). */
	decoded(): (ItemProgress | undefined)[] {
		return Array.from({ length: this.size }, (_, i) => this.progress(i));
	}

	/** Item `i`'s full progress; undefined when its row is unreadable (replay it instead). */
	progress(i: number): ItemProgress | undefined {
		const j = i * COLS;
		const code = this.cols[j + 1];
		const first = this.cols[j + 2];
		const st = stateOfCode(code);
		const note = this.notes[i];
		// Every object gets the same fields in the same order: one hidden class.
		const p: ItemProgress = {
			state: undefined,
			suspended: suspendedInCode(code),
			flagged: (code & FLAGGED) > 0,
			note: typeof note === 'string' ? note : undefined,
			firstReview: first === -1 ? undefined : first
		};
		if (st === -1) return p;
		const f = this.row(i).split(',');
		if (f.length !== 7) return undefined;
		const n = f.map(Number);
		if (!n.every(Number.isFinite)) return undefined;
		p.state = {
			due: this.cols[j],
			stability: n[0],
			difficulty: n[1],
			scheduledDays: n[2],
			learningSteps: n[3],
			reps: n[4],
			lapses: n[5],
			state: st as ItemState['state'],
			lastReview: n[6]
		};
		return p;
	}
}
