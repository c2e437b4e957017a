import * as z from 'zod/mini';

/** Version of the assignment format (the link payload and the stored record share it). */
export const ASSIGNMENT_FORMAT = 1;

/** Longest title, note and program name: a QR code stays scannable far below these. */
export const TEXT_LIMITS = { title: 100, note: 300, program: 80 } as const;

/** What counts as done, beyond "every item of the topics reviewed at least once". */
export interface DoneRule {
	/** Predicted recall of each topic at the due date must reach this percentage (1–100). */
	recallPercent?: number;
	/** A Timed block of at least `questions` questions scored at least `scorePercent` %. */
	timed?: { questions: number; scorePercent: number };
}

/** An assignment as it travels in a link: everything a resident needs, nothing the director keeps. */
export interface Assignment {
	format: 1;
	/** Random id, 16 hex digits; a new version keeps it. */
	id: string;
	/** 1 for the first version, bumped by every edit. */
	revision: number;
	title: string;
	note?: string;
	program: string;
	/** The deck, and the deck revision the assignment was written for. */
	deck: { id: string; revision: number };
	/** Topic ids of the deck, or every topic. */
	topics: string[] | 'all';
	done: DoneRule;
	/** Calendar date `YYYY-MM-DD`; the assignment is due at the end of that day, local time. */
	due: string;
}

/** The director's own copy of an assignment, with what only the director's browser needs. */
export interface AssignmentRecord {
	assignment: Assignment;
	/** Epoch ms of the first version. */
	created: number;
	/** Epoch ms of the latest version. */
	updated: number;
	/** Epoch ms when archived, if it is. */
	archived?: number;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
// Lone surrogates would not survive UTF-8, and NUL separates fields in the link payload.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f]|\p{Cs}/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date spelled `YYYY-MM-DD` (years 2000–2199). */
export function isCalendarDate(s: string): boolean {
	const m = DATE.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return y >= 2000 && y < 2200 && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const text = (max: number, what: string) =>
	z.string().check(
		z.maxLength(max, `${what} is longer than ${max} characters`),
		z.refine((s) => !BAD_TEXT.test(s), `${what} contains control characters`)
	);
const filled = (max: number, what: string) =>
	text(max, what).check(z.refine((s) => s.trim() !== '', `${what} is empty`));
const slug = (what: string) =>
	z.string().check(z.maxLength(64, `${what} is too long`), z.regex(SLUG, `${what} is not an id`));
const percent = z
	.int({ error: 'must be a whole percentage' })
	.check(z.minimum(1, 'must be 1–100 %'), z.maximum(100, 'must be 1–100 %'));
const count = (max: number) =>
	z
		.int({ error: 'must be a whole number' })
		.check(z.minimum(1, `must be 1–${max}`), z.maximum(max, `must be 1–${max}`));

/** zod/mini schema of {@link Assignment}: the one validation for links and stored records. */
export const assignmentSchema = z.object({
	format: z.literal(ASSIGNMENT_FORMAT),
	id: z.string().check(z.regex(/^[0-9a-f]{16}$/, 'id is not 16 hex digits')),
	revision: count(100_000),
	title: filled(TEXT_LIMITS.title, 'title'),
	note: z.optional(filled(TEXT_LIMITS.note, 'note')),
	program: filled(TEXT_LIMITS.program, 'program name'),
	deck: z.object({ id: slug('deck id'), revision: count(100_000) }),
	topics: z.union([
		z.literal('all'),
		z.array(slug('topic id')).check(
			z.minLength(1, 'no topic chosen'),
			z.maxLength(100, 'too many topics'),
			z.refine((t) => new Set(t).size === t.length, 'a topic is listed twice')
		)
	]),
	done: z.object({
		recallPercent: z.optional(percent),
		timed: z.optional(z.object({ questions: count(500), scorePercent: percent }))
	}),
	due: z.string().check(z.refine(isCalendarDate, 'due date is not a date'))
});

/** zod/mini schema of {@link AssignmentRecord}. */
export const assignmentRecordSchema = z.object({
	assignment: assignmentSchema,
	created: z.int(),
	updated: z.int(),
	archived: z.optional(z.int())
});

/** Validates an assignment from any source; the first problem in plain words when invalid. */
export function checkAssignment(
	value: unknown
): { ok: true; assignment: Assignment } | { ok: false; message: string } {
	const r = assignmentSchema.safeParse(value);
	if (r.success) return { ok: true, assignment: r.data as Assignment };
	const issue = r.error.issues[0];
	return { ok: false, message: `${issue.path.join('.') || 'assignment'}: ${issue.message}` };
}

/** A random assignment id: 16 hex digits from 8 random bytes. */
export function newAssignmentId(random: (bytes: Uint8Array) => Uint8Array): string {
	return [...random(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a director fills in; the id, revision and format are made here. */
export type AssignmentDraft = Omit<Assignment, 'format' | 'id' | 'revision'>;

/** A first version: a new random id, revision 1. `random` is `crypto.getRandomValues` in the app. */
export function createAssignment(
	draft: AssignmentDraft,
	now: number,
	random: (bytes: Uint8Array) => Uint8Array
): AssignmentRecord {
	const assignment: Assignment = {
		format: ASSIGNMENT_FORMAT,
		id: newAssignmentId(random),
		revision: 1,
		...draft
	};
	return { assignment, created: now, updated: now };
}

/** A new version of an assignment: same id, next revision, the draft's content. */
export function reviseAssignment(
	record: AssignmentRecord,
	draft: AssignmentDraft,
	now: number
): AssignmentRecord {
	const { id, revision } = record.assignment;
	return {
		...record,
		assignment: { format: ASSIGNMENT_FORMAT, id, revision: revision + 1, ...draft },
		updated: now
	};
}

/** Archives (or with `at` undefined, restores) an assignment. */
export function archiveAssignment(
	record: AssignmentRecord,
	at: number | undefined
): AssignmentRecord {
	const copy: AssignmentRecord = { ...record };
	delete copy.archived;
	return at === undefined ? copy : { ...copy, archived: at };
}

/** What changed between two versions, in plain words, for "updated: …" on the resident side. */
export function describeChanges(before: Assignment, after: Assignment): string[] {
	const out: string[] = [];
	if (before.title !== after.title) out.push(`title is now “${after.title}”`);
	if (before.due !== after.due) out.push(`due date moved from ${before.due} to ${after.due}`);
	if (JSON.stringify(before.topics) !== JSON.stringify(after.topics)) out.push('topics changed');
	if (JSON.stringify(before.done) !== JSON.stringify(after.done))
		out.push('what counts as done changed');
	if (before.deck.id !== after.deck.id || before.deck.revision !== after.deck.revision)
		out.push('deck changed');
	if ((before.note ?? '') !== (after.note ?? '')) out.push('note changed');
	if (before.program !== after.program) out.push('program name changed');
	return out;
}

/** Epoch ms when an assignment is due: the end of its due date at UTC offset `tzMinutes`. */
export function dueAt(due: string, tzMinutes: number): number {
	const [y, m, d] = due.split('-').map(Number);
	return Date.UTC(y, m - 1, d + 1) - tzMinutes * 60_000;
}
