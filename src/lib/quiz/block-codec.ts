import * as z from 'zod/mini';
import type { Block } from './block.ts';

// Built on first use, not at import: the quiz barrel is imported by the study page, and a
// schema made at module top level would pull zod into its bundle. Block pages, which decode
// blocks, load their code only when opened.
let cached: ReturnType<typeof buildSchema> | undefined;
const blockSchema = () => (cached ??= buildSchema());

function buildSchema() {
	const time = z.number().check(z.minimum(0));
	const ms = z.number().check(z.minimum(0));
	const key = z.string().check(z.regex(/^[^/]+\/.+$/, 'not an item key'));
	const ids = z.array(z.string());
	const question = z.object({
		key,
		topics: ids,
		caseKey: z.nullable(key),
		narrative: z.array(key),
		options: ids,
		chosen: ids,
		struck: ids,
		flagged: z.boolean(),
		ms,
		visited: z.boolean(),
		locked: z.boolean(),
		checked: z.boolean(),
		answeredAt: z.nullable(time),
		correct: z.nullable(z.boolean()),
		loggedAt: z.nullable(time)
	});
	return z.object({
		v: z.literal(1),
		id: z.string().check(z.minLength(1)),
		decks: z.array(z.string()).check(z.minLength(1, 'a block has at least one deck')),
		topics: ids,
		pool: z.enum(['all', 'unused', 'incorrect', 'flagged']),
		mode: z.enum(['tutor', 'timed']),
		timeLimitSec: z.nullable(z.int().check(z.minimum(1))),
		strict: z.boolean(),
		seed: z.string(),
		createdAt: time,
		questions: z.array(question).check(z.minLength(1, 'a block has at least one question')),
		current: z.int().check(z.minimum(0)),
		clock: z.object({
			startedAt: time,
			elapsedMs: ms,
			runningSince: z.nullable(time),
			viewSince: z.nullable(time),
			touchedAt: time
		}),
		ended: z.nullable(z.object({ at: time, by: z.enum(['user', 'time']) }))
	});
}

/** Rules across fields the schema cannot state; the first broken one, in plain words. */
function brokenRule(b: Block): string | undefined {
	if (b.current >= b.questions.length) return 'the current question is not in the block';
	if ((b.mode === 'timed') !== (b.timeLimitSec !== null))
		return 'a Timed block needs a time limit and a Tutor block has none';
	if (new Set(b.questions.map((q) => q.key)).size !== b.questions.length)
		return 'a question appears twice';
	if (b.ended && b.clock.runningSince !== null) return 'an ended block has a running clock';
	if ((b.clock.runningSince === null) !== (b.clock.viewSince === null))
		return 'the clock and the question timer disagree';
	for (const [i, q] of b.questions.entries()) {
		const known = (id: string) => !q.options.length || q.options.includes(id);
		if (!q.chosen.every(known) || !q.struck.every(known))
			return `question ${i + 1} has a choice that is not one of its options`;
		if (q.checked && b.mode !== 'tutor') return `question ${i + 1} was checked in a Timed block`;
	}
	return undefined;
}

/** A stored block read back, or why it cannot be (the caller quarantines it with this). */
export type DecodedBlock = { ok: true; block: Block } | { ok: false; error: string };

/** The stored text of a block (JSON, version 1). */
export function encodeBlock(b: Block): string {
	return JSON.stringify(b);
}

/** Reads a stored block; never throws: damaged or foreign text gives a reason instead. */
export function decodeBlock(text: string): DecodedBlock {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, error: 'The stored block is not valid JSON.' };
	}
	const v = (raw as { v?: unknown } | null)?.v;
	if (typeof v === 'number' && v > 1)
		return {
			ok: false,
			error: `This block was saved by a newer CaseDeck (format ${v}). Update to open it.`
		};
	const parsed = blockSchema().safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const where = issue.path.join('.') || 'block';
		return { ok: false, error: `The stored block is damaged (${where}: ${issue.message}).` };
	}
	const block = parsed.data as Block;
	const broken = brokenRule(block);
	return broken
		? { ok: false, error: `The stored block is damaged: ${broken}.` }
		: { ok: true, block };
}
