import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureBlock, gradeFixture } from '../../../tests/unit/block-fixtures.ts';
import { T0 } from '../../../tests/unit/fixtures.ts';
import type { Block } from './block.ts';
import { decodeBlock, encodeBlock } from './block-codec.ts';
import { takeReviewDrafts } from './block-events.ts';
import * as act from './block-state.ts';

/** One user or clock action; `dt` moves the clock forward first (ms). */
const action = fc.record({
	dt: fc.integer({ min: 0, max: 120_000 }),
	op: fc.constantFrom(
		'choose',
		'clear',
		'strike',
		'flag',
		'goto',
		'next',
		'previous',
		'check',
		'suspend',
		'resume',
		'reopen',
		'end',
		'expire',
		'log'
	),
	arg: fc.nat(20)
});

const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'L4'];

function apply(b: Block, { op, arg }: { op: string; arg: number }, now: number): Block {
	const q = b.questions[b.current];
	const option = q.options.length ? q.options[arg % q.options.length] : OPTION_IDS[arg % 6];
	switch (op) {
		case 'choose':
			return act.choose(b, [option], now);
		case 'clear':
			return act.choose(b, [], now);
		case 'strike':
			return act.toggleStrike(b, option, now);
		case 'flag':
			return act.toggleFlag(b, now, arg % b.questions.length);
		case 'goto':
			return act.goTo(b, arg % b.questions.length, now);
		case 'next':
			return act.next(b, now);
		case 'previous':
			return act.previous(b, now);
		case 'check':
			return act.check(b, now, gradeFixture);
		case 'suspend':
			return act.suspend(b, now);
		case 'resume':
			return act.resume(b, now);
		case 'reopen':
			return act.reopen(b, now);
		case 'end':
			return act.end(b, now, gradeFixture);
		case 'expire':
			return act.expireIfDue(b, now, gradeFixture);
		default:
			return takeReviewDrafts(b, now).block;
	}
}

/** Any block a user and the clock can reach from a fresh Tutor or Timed block. */
const reachable = fc
	.record({
		mode: fc.constantFrom('tutor' as const, 'timed' as const),
		limit: fc.integer({ min: 1, max: 3600 }),
		strict: fc.boolean(),
		actions: fc.array(action, { maxLength: 40 })
	})
	.map(({ mode, limit, strict, actions }) => {
		let now = T0;
		let b = fixtureBlock(mode, now, { timeLimitSec: limit, strict });
		for (const a of actions) b = apply(b, a, (now += a.dt));
		return b;
	});

describe('any reachable block', () => {
	it('logs each answered question at most once, never an unanswered one, never in the past', () => {
		const run = fc.record({
			mode: fc.constantFrom('tutor' as const, 'timed' as const),
			actions: fc.array(action, { maxLength: 40 })
		});
		fc.assert(
			fc.property(run, ({ mode, actions }) => {
				let now = T0;
				let b = fixtureBlock(mode, now, { timeLimitSec: 300 });
				const logged: string[] = [];
				for (const a of [...actions, { dt: 0, op: 'end', arg: 0 }, { dt: 1, op: 'x', arg: 0 }]) {
					now += a.dt;
					if (a.op === 'log' || a.op === 'x') {
						const out = takeReviewDrafts(b, now);
						for (const d of out.drafts) {
							expect(d.t).toBe(now);
							expect(d.answeredAt).toBeLessThanOrEqual(now);
							expect(d.choice.length).toBeGreaterThan(0);
							logged.push(d.item);
						}
						b = out.block;
					} else b = apply(b, a, now);
				}
				expect(new Set(logged).size).toBe(logged.length);
				const answered = b.questions.filter((q) =>
					mode === 'tutor' ? q.checked : q.chosen.length
				);
				expect(logged.sort()).toEqual(answered.map((q) => q.key).sort());
				expect(b.clock.elapsedMs).toBeLessThanOrEqual(mode === 'timed' ? 300_000 : Infinity);
				// time per question adds up to the block's time used
				expect(b.questions.reduce((n, q) => n + q.ms, 0)).toBe(b.clock.elapsedMs);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('block codec', () => {
	it('round-trips every reachable block state', () => {
		fc.assert(
			fc.property(reachable, (b) => {
				expect(decodeBlock(encodeBlock(b))).toEqual({ ok: true, block: b });
			}),
			{ numRuns: 1000 }
		);
	});

	it('never throws on random or mutated text, and what it accepts re-encodes the same', () => {
		const good = encodeBlock(fixtureBlock('timed', T0));
		const text = fc.oneof(
			fc.string(),
			fc.json(),
			fc
				.tuple(fc.string(), fc.nat(good.length), fc.nat(20))
				.map(([junk, at, cut]) => good.slice(0, at) + junk + good.slice(at + cut))
		);
		fc.assert(
			fc.property(text, (t) => {
				const r = decodeBlock(t);
				if (r.ok) expect(decodeBlock(encodeBlock(r.block))).toEqual(r);
				else expect(r.error).toMatch(/block/);
			}),
			{ numRuns: 5000 }
		);
	});

	it('explains what is wrong in plain words', () => {
		const b = fixtureBlock('timed', T0);
		expect(decodeBlock('{')).toEqual({ ok: false, error: 'The stored block is not valid JSON.' });
		expect(decodeBlock(encodeBlock({ ...b, v: 2 as 1 }))).toEqual({
			ok: false,
			error: 'This block was saved by a newer CaseDeck (format 2). Update to open it.'
		});
		expect(decodeBlock(encodeBlock({ ...b, current: 99 }))).toEqual({
			ok: false,
			error: 'The stored block is damaged: the current question is not in the block.'
		});
		const bad = { ...b, questions: b.questions.map((q) => ({ ...q, ms: -1 })) };
		expect(decodeBlock(encodeBlock(bad))).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^The stored block is damaged \(questions\.0\.ms: /)
		});
		const stray = {
			...b,
			questions: [{ ...b.questions[0], chosen: ['zz'] }, ...b.questions.slice(1)]
		};
		expect(decodeBlock(encodeBlock(stray))).toMatchObject({ ok: false });
	});

	it('drops unknown fields instead of keeping them', () => {
		const b = fixtureBlock('tutor', T0);
		const r = decodeBlock(JSON.stringify({ ...b, extra: 1 }));
		expect(r).toEqual({ ok: true, block: b });
	});
});
