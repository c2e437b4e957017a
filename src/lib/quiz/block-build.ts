import {
	DEFAULT_BLOCK_SIZE,
	DEFAULT_SECONDS_PER_QUESTION,
	type Block,
	type BlockMode,
	type BlockPool,
	type BlockQuestion
} from './block.ts';
import { poolCounts, unitInPool, type BlockHistory, type BlockUnit } from './block-pool.ts';
import { blockOptionSeed, shuffledOrder } from './shuffle.ts';

/** What the "Create block" form asks for. */
export interface BlockOptions {
	decks: string[];
	/** Empty: every topic. */
	topics: string[];
	pool: BlockPool;
	/** Questions wanted; default 20, capped at what the pool holds. */
	size?: number;
	mode: BlockMode;
	/** Timed mode only: the whole block's limit; default 90 s a question. */
	timeLimitSec?: number;
	/** Timed mode only: no suspending. */
	strict?: boolean;
}

/** What the builder shows before "Start block", and what a block built from it will hold. */
export interface BlockPlan {
	counts: Record<BlockPool, number>;
	/** Questions the chosen pool holds. */
	available: number;
	/** Questions the block will have. */
	size: number;
	/** The units picked, in block order. */
	units: BlockUnit[];
	/** Why the block is smaller than asked, in plain words; undefined when it is not. */
	message?: string;
}

/**
 * Picks units for a block, reproducibly from `seed`: units in seeded order, each taken while
 * it fits, so a case stays whole and the block never exceeds `size` (it can fall short by
 * less than a case when only cases are left).
 */
export function planBlock(
	units: readonly BlockUnit[],
	history: BlockHistory,
	options: Pick<BlockOptions, 'pool' | 'size'>,
	seed: string
): BlockPlan {
	const counts = poolCounts(units, history);
	const available = counts[options.pool];
	const wanted = Math.max(0, Math.floor(options.size ?? DEFAULT_BLOCK_SIZE));
	const pool = units.filter((u) => unitInPool(u, options.pool, history));
	const picked: BlockUnit[] = [];
	let size = 0;
	for (const unit of shuffledOrder(pool, `pick:${seed}`)) {
		if (size + unit.questions.length > wanted) continue;
		picked.push(unit);
		size += unit.questions.length;
	}
	return { counts, available, size, units: picked, message: sizeMessage(wanted, available, size) };
}

function sizeMessage(wanted: number, available: number, size: number): string | undefined {
	const q = (n: number) => `${n} question${n === 1 ? '' : 's'}`;
	if (available === 0) return 'This pool holds no questions.';
	if (wanted > available) return `This pool holds ${q(available)}, so the block has ${q(size)}.`;
	if (size < wanted)
		return `The block has ${q(size)}: cases are kept whole, and the next one would not fit.`;
	return undefined;
}

/** Identity and time of a new block, which the caller makes (ids and seeds are random). */
export interface NewBlock {
	id: string;
	seed: string;
	now: number;
}

/**
 * Builds a block from a plan made with the same seed: every question's options in a block-
 * seeded order, the clock running from `now` on the first question. Tutor mode is untimed
 * and never strict. Undefined when the plan holds no question (there is nothing to start).
 */
export function buildBlock(
	plan: BlockPlan,
	options: BlockOptions,
	made: NewBlock
): Block | undefined {
	const questions: BlockQuestion[] = plan.units.flatMap((u) =>
		u.questions.map((q) => ({
			key: q.key,
			topics: [...q.topics],
			caseKey: q.caseKey,
			narrative: [...q.narrative],
			options: shuffledOrder(q.optionIds, blockOptionSeed(made.seed, q.key), q.shuffle),
			chosen: [],
			struck: [],
			flagged: false,
			ms: 0,
			visited: false,
			locked: false,
			checked: false,
			answeredAt: null,
			correct: null,
			loggedAt: null
		}))
	);
	if (!questions.length) return undefined;
	questions[0].visited = true;
	const timed = options.mode === 'timed';
	return {
		v: 1,
		id: made.id,
		decks: [...options.decks],
		topics: [...options.topics],
		pool: options.pool,
		mode: options.mode,
		timeLimitSec: timed
			? Math.max(1, Math.round(options.timeLimitSec ?? defaultTimeLimitSec(questions.length)))
			: null,
		strict: timed && (options.strict ?? false),
		seed: made.seed,
		createdAt: made.now,
		questions,
		current: 0,
		clock: {
			startedAt: made.now,
			elapsedMs: 0,
			runningSince: made.now,
			viewSince: made.now,
			touchedAt: made.now
		},
		ended: null
	};
}

/** Default time limit for a Timed block of `size` questions, seconds. */
export function defaultTimeLimitSec(size: number): number {
	return DEFAULT_SECONDS_PER_QUESTION * size;
}

/** How many of a block's questions would be new items, and how far past today's limit. */
export interface BlockNewItems {
	/** Questions never answered before: a block answer introduces them. */
	count: number;
	/** How many of them go past the new items still allowed today (0 when within). */
	overLimit: number;
}

/**
 * New items a block would introduce: they count toward the day's new-item limit (so the day's
 * workload stays bounded), and the builder says so. `isNew` is true for an item never
 * answered; only questions count, since a case's narrative steps are not answered.
 */
export function blockNewItems(
	questionKeys: readonly string[],
	isNew: (itemKey: string) => boolean,
	newAllowedToday: number
): BlockNewItems {
	const count = questionKeys.filter(isNew).length;
	return { count, overLimit: Math.max(0, count - Math.max(0, newAllowedToday)) };
}

/** Question keys of a plan, for {@link blockNewItems} before the block exists. */
export function planQuestionKeys(plan: BlockPlan): string[] {
	return plan.units.flatMap((u) => u.questions.map((q) => q.key));
}
