import { describe, expect, it } from 'vitest';
import { TYPICAL } from '../../../tests/unit/assign-fixtures.ts';
import { T0 } from '../../../tests/unit/fixtures.ts';
import {
	archiveAssignment,
	checkAssignment,
	createAssignment,
	describeChanges,
	dueAt,
	isCalendarDate,
	reviseAssignment,
	type AssignmentDraft
} from './assignment.ts';

const random = (b: Uint8Array) => b.map((_, i) => i * 17);
const draft: AssignmentDraft = {
	title: TYPICAL.title,
	note: TYPICAL.note,
	program: TYPICAL.program,
	deck: TYPICAL.deck,
	topics: TYPICAL.topics,
	done: TYPICAL.done,
	due: TYPICAL.due
};

describe('assignment', () => {
	it('makes a first version with a random id and revision 1', () => {
		const rec = createAssignment(draft, T0, random);
		expect(rec.assignment).toEqual({ ...TYPICAL, id: '0011223344556677' });
		expect(rec).toMatchObject({ created: T0, updated: T0 });
		expect(checkAssignment(rec.assignment)).toEqual({ ok: true, assignment: rec.assignment });
	});

	it('keeps the id and bumps the revision for a new version, and says what changed', () => {
		const rec = createAssignment(draft, T0, random);
		const next = reviseAssignment(rec, { ...draft, due: '2026-02-13', title: 'New' }, T0 + 1);
		expect(next.assignment).toMatchObject({ id: rec.assignment.id, revision: 2, title: 'New' });
		expect(next).toMatchObject({ created: T0, updated: T0 + 1 });
		expect(describeChanges(rec.assignment, next.assignment)).toEqual([
			'title is now “New”',
			'due date moved from 2026-02-06 to 2026-02-13'
		]);
	});

	it('archives and restores', () => {
		const rec = createAssignment(draft, T0, random);
		expect(archiveAssignment(rec, T0 + 5).archived).toBe(T0 + 5);
		expect('archived' in archiveAssignment(archiveAssignment(rec, T0), undefined)).toBe(false);
	});

	it('refuses what a link could not carry, in plain words', () => {
		const bad = [
			{ ...TYPICAL, title: '  ' },
			{ ...TYPICAL, title: 'a\u0000b' },
			{ ...TYPICAL, note: 'x'.repeat(301) },
			{ ...TYPICAL, topics: [] },
			{ ...TYPICAL, topics: ['a', 'a'] },
			{ ...TYPICAL, topics: ['Bad Id'] },
			{ ...TYPICAL, due: '2026-02-30' },
			{ ...TYPICAL, done: { recallPercent: 0 } },
			{ ...TYPICAL, id: 'xyz' },
			{ ...TYPICAL, title: '\ud800' }
		];
		for (const b of bad) {
			const r = checkAssignment(b);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toMatch(/^[a-zA-Z.0-9]+: [a-z]/);
		}
	});

	it('reads calendar dates and the due instant', () => {
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2027-02-29')).toBe(false);
		expect(dueAt('2026-02-06', 0)).toBe(Date.UTC(2026, 1, 7));
		expect(dueAt('2026-02-06', 540)).toBe(Date.UTC(2026, 1, 6, 15));
	});
});
