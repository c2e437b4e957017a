import { describe, expect, it } from 'vitest';
import { fixtureBlock, gradeFixture } from '../../../tests/unit/block-fixtures.ts';
import { MIN, T0 } from '../../../tests/unit/fixtures.ts';
import { elapsedMs, remainingMs } from './block-clock.ts';
import {
	canAnswer,
	canSuspend,
	check,
	choose,
	end,
	expireIfDue,
	goTo,
	heldItems,
	navigatorCells,
	next,
	previous,
	questionPosition,
	reopen,
	resume,
	suspend,
	toggleFlag,
	toggleStrike,
	unansweredCount,
	wouldLock
} from './block-state.ts';

const S = 1000;
const CASE_M1 = 7; // index of d/case::m1 in the fixture block

describe('answering', () => {
	it('chooses, changes and clears an answer, recording when it was given', () => {
		let b = fixtureBlock('timed', T0);
		b = choose(b, ['b'], T0 + 5 * S);
		expect(b.questions[0]).toMatchObject({ chosen: ['b'], answeredAt: T0 + 5 * S });
		b = choose(b, ['a'], T0 + 9 * S);
		expect(b.questions[0]).toMatchObject({ chosen: ['a'], answeredAt: T0 + 9 * S });
		b = choose(b, [], T0 + 10 * S);
		expect(b.questions[0]).toMatchObject({ chosen: [], answeredAt: null });
	});

	it('ignores option ids the question does not have, and keeps one choice for an mcq', () => {
		const b = fixtureBlock('timed', T0);
		expect(choose(b, ['zz'], T0).questions[0].chosen).toEqual([]);
		expect(choose(b, ['a', 'b'], T0).questions[0].chosen).toEqual(['b']);
		const level = goTo(b, 6, T0);
		expect(choose(level, ['L3', 'L4'], T0).questions[6].chosen).toEqual(['L3', 'L4']);
	});

	it('strikes and unstrikes; striking the choice unchooses it, choosing unstrikes', () => {
		let b = choose(fixtureBlock('timed', T0), ['c'], T0);
		b = toggleStrike(b, 'c', T0 + S);
		expect(b.questions[0]).toMatchObject({ chosen: [], struck: ['c'], answeredAt: null });
		b = toggleStrike(b, 'd', T0 + S);
		b = choose(b, ['d'], T0 + 2 * S);
		expect(b.questions[0]).toMatchObject({ chosen: ['d'], struck: ['c'] });
		b = toggleStrike(b, 'c', T0 + 3 * S);
		expect(b.questions[0].struck).toEqual([]);
	});

	it('leaves its input untouched and returns the same object when refused', () => {
		const b = fixtureBlock('timed', T0);
		const copy = structuredClone(b);
		choose(b, ['a'], T0);
		expect(b).toEqual(copy);
		const ended = end(b, T0, gradeFixture);
		expect(choose(ended, ['a'], T0)).toBe(ended);
		expect(toggleStrike(b, 'nope', T0)).toBe(b);
	});
});

describe('navigation and locked case steps', () => {
	it('moves with Next / Previous and counts time per question', () => {
		let b = fixtureBlock('timed', T0);
		b = next(b, T0 + 30 * S);
		b = next(b, T0 + 50 * S);
		b = previous(b, T0 + 60 * S);
		expect(b.current).toBe(1);
		expect(b.questions.slice(0, 3).map((q) => q.ms)).toEqual([30 * S, 20 * S, 10 * S]);
		expect(questionPosition(b)).toBe('Question 2 of 9');
		expect(previous(goTo(b, 0, T0 + 61 * S), T0 + 62 * S).current).toBe(0);
	});

	it('locks a case step once a later step is shown; the lock holds going back', () => {
		let b = goTo(fixtureBlock('timed', T0), CASE_M1, T0);
		b = choose(b, ['b'], T0 + S);
		expect(wouldLock(b, CASE_M1 + 1)).toEqual([CASE_M1]);
		b = next(b, T0 + 2 * S);
		b = previous(b, T0 + 3 * S);
		expect(b.questions[CASE_M1].locked).toBe(true);
		expect(canAnswer(b, T0 + 3 * S)).toBe(false);
		expect(choose(b, ['a'], T0 + 4 * S)).toBe(b);
		// flagging a locked question is still allowed
		expect(toggleFlag(b, T0 + 4 * S).questions[CASE_M1].flagged).toBe(true);
	});

	it('jumping to a later case step locks the steps it skips', () => {
		const b = goTo(fixtureBlock('timed', T0), CASE_M1 + 1, T0);
		expect(b.questions[CASE_M1].locked).toBe(true);
		expect(b.questions[0].locked).toBe(false);
	});

	it('shows the navigator: answered, flagged, current, locked', () => {
		let b = choose(fixtureBlock('timed', T0), ['a'], T0);
		b = toggleFlag(next(b, T0), T0);
		expect(navigatorCells(b).slice(0, 2)).toEqual([
			{ index: 0, answered: true, flagged: false, current: false, locked: false },
			{ index: 1, answered: false, flagged: true, current: true, locked: false }
		]);
		expect(unansweredCount(b)).toBe(8);
	});
});

describe('tutor mode', () => {
	it('checks an answer: final, graded, and not changeable', () => {
		let b = fixtureBlock('tutor', T0);
		expect(check(b, T0, gradeFixture)).toBe(b); // nothing chosen yet
		b = check(choose(b, ['a'], T0 + S), T0 + 2 * S, gradeFixture);
		expect(b.questions[0]).toMatchObject({ checked: true, correct: true, answeredAt: T0 + S });
		expect(choose(b, ['b'], T0 + 3 * S)).toBe(b);
		expect(unansweredCount(b)).toBe(8);
	});

	it('is untimed: no remaining time, and a reopened tab does not count the gap', () => {
		let b = choose(fixtureBlock('tutor', T0), ['a'], T0 + 40 * S);
		expect(remainingMs(b, T0)).toBeUndefined();
		b = reopen(b, T0 + 3 * 3600 * S);
		expect(elapsedMs(b, T0 + 3 * 3600 * S)).toBe(40 * S);
		expect(b.questions[0].ms).toBe(40 * S);
		expect(elapsedMs(b, T0 + 3 * 3600 * S + 5 * S)).toBe(45 * S);
	});

	it('can always be suspended, and ends with unchecked answers counted as unanswered', () => {
		let b = fixtureBlock('tutor', T0, { strict: true });
		expect(canSuspend(b)).toBe(true);
		b = choose(b, ['a'], T0 + S);
		b = end(b, T0 + 2 * S, gradeFixture);
		expect(b.questions[0].correct).toBeNull();
		expect(b.ended).toEqual({ at: T0 + 2 * S, by: 'user' });
		expect(heldItems(b).size).toBe(0);
	});
});

describe('timed mode', () => {
	it('counts wall-clock time: a closed tab keeps counting', () => {
		const b = fixtureBlock('timed', T0);
		expect(b.timeLimitSec).toBe(9 * 90);
		expect(reopen(b, T0 + 5 * MIN)).toBe(b);
		expect(remainingMs(b, T0 + 5 * MIN)).toBe((810 - 300) * S);
	});

	it('suspends and resumes, the clock stopped in between', () => {
		let b = suspend(fixtureBlock('timed', T0), T0 + MIN);
		expect(choose(b, ['a'], T0 + 2 * MIN)).toBe(b);
		b = resume(b, T0 + 60 * MIN);
		expect(elapsedMs(b, T0 + 61 * MIN)).toBe(2 * MIN);
		expect(b.current).toBe(0);
		b = next(b, T0 + 61 * MIN);
		expect(b.questions[0].ms).toBe(2 * MIN);
	});

	it('refuses to suspend with strict timing', () => {
		const b = fixtureBlock('timed', T0, { strict: true });
		expect(canSuspend(b)).toBe(false);
		expect(suspend(b, T0 + S)).toBe(b);
	});

	it('ends by itself when time runs out, at the deadline, grading every answer', () => {
		let b = fixtureBlock('timed', T0, { timeLimitSec: 60 });
		b = choose(b, ['a'], T0 + 10 * S);
		b = choose(next(b, T0 + 20 * S), ['b'], T0 + 30 * S);
		expect(expireIfDue(b, T0 + 59 * S, gradeFixture)).toBe(b);
		// the tab was closed; a page opens an hour later and finds it expired
		expect(canAnswer(b, T0 + 60 * MIN)).toBe(false);
		b = expireIfDue(b, T0 + 60 * MIN, gradeFixture);
		expect(b.ended).toEqual({ at: T0 + 60 * S, by: 'time' });
		expect(b.clock.elapsedMs).toBe(60 * S);
		expect(b.questions.slice(0, 3).map((q) => [q.correct, q.ms])).toEqual([
			[true, 20 * S],
			[false, 40 * S],
			[null, 0]
		]);
	});

	it('keeps its items out of study while open', () => {
		const b = fixtureBlock('timed', T0);
		expect(heldItems(b)).toContain('d/case::r2');
		expect(heldItems(end(b, T0, gradeFixture)).size).toBe(0);
	});
});
