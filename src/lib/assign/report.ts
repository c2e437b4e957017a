import * as z from 'zod/mini';
import type { Deck } from '../deck/index.ts';
import type { LogEvent } from '../log/index.ts';
import { assignmentSchema, dueAt as dueInstant, type Assignment } from './assignment.ts';
import { crc32Hex } from './crc32.ts';
import { percentCell, toCsv } from './csv.ts';
import {
	assignmentItems,
	computeFigures,
	type AssignmentFigures,
	type FigureSettings,
	type TimedBlock
} from './figures.ts';
import { decodeReportEvents, encodeReportEvents, type WriterEvents } from './report-events.ts';

/** Version of the completion report format. */
export const REPORT_FORMAT = 1;

/** A completion report: what a resident sends back, self-contained and self-checking. */
export interface CompletionReport {
	app: 'casedeck';
	kind: 'completion-report';
	format: 1;
	/** ISO time the report was made. */
	madeAt: string;
	resident: { id: string; name: string };
	/** The whole assignment as accepted, so the figures can be recomputed from the report alone. */
	assignment: Assignment;
	/** ISO time the assignment is due: the end of its due date where the resident was. */
	dueAt: string;
	settings: FigureSettings & { appVersion: string; deck: { id: string; revision: number } };
	/** The assigned items' review events, in the log's compact encoding. */
	events: WriterEvents[];
	/** Timed blocks taken on the assigned items (ISO time, questions, right answers). */
	blocks: { at: string; size: number; correct: number }[];
	/** The figures as the resident's device computed them (times as epoch ms). */
	figures: AssignmentFigures;
	/** `crc32:` and 8 hex digits over the rest of the report (see docs/formats/completion-report.md). */
	checksum: string;
}

/** What the resident's device knows when it builds a report. */
export interface ReportInput {
	resident: { id: string; name: string };
	assignment: Assignment;
	/** The deck as this browser has it. */
	deck: Pick<Deck, 'id' | 'revision' | 'topics' | 'items'>;
	/** The whole log (or any superset of the assigned items' events): filtered here. */
	events: Iterable<LogEvent>;
	blocks: readonly TimedBlock[];
	settings: FigureSettings;
	appVersion: string;
	/** The resident's UTC offset now, minutes east: fixes the due instant. */
	tz: number;
	now: number;
}

/** Event kinds that change figures; flags and suspensions stay private. */
const FIGURE_KINDS = new Set(['review', 'correction', 'undo', 'forget']);

/** Builds a report: picks the assigned items' events, computes the figures, seals a checksum. */
export function buildReport(input: ReportInput): CompletionReport {
	const { assignment, deck } = input;
	const keys = new Set(assignmentItems(assignment, deck).map((i) => `${deck.id}/${i.id}`));
	const picked = [...input.events].filter(
		(e) => keys.has(e.item) && FIGURE_KINDS.has(e.kind) && (e.origin as string) !== 'practice'
	);
	const ids = new Set(picked.map((e) => e.id));
	const events = picked.filter((e) => e.kind !== 'undo' || (e.target && ids.has(e.target)));
	const due = dueInstant(assignment.due, input.tz);
	const figures = computeFigures({
		assignment,
		deck,
		events,
		blocks: input.blocks,
		settings: input.settings,
		dueAt: due,
		now: input.now
	});
	const body: Omit<CompletionReport, 'checksum'> = {
		app: 'casedeck',
		kind: 'completion-report',
		format: REPORT_FORMAT,
		madeAt: new Date(input.now).toISOString(),
		resident: { ...input.resident },
		assignment,
		dueAt: new Date(due).toISOString(),
		settings: {
			retention: input.settings.retention,
			dayStartHour: input.settings.dayStartHour,
			appVersion: input.appVersion,
			deck: { id: deck.id, revision: deck.revision }
		},
		events: encodeReportEvents(events),
		blocks: input.blocks.map((b) => ({
			at: new Date(b.at).toISOString(),
			size: b.size,
			correct: b.correct
		})),
		figures
	};
	return { ...body, checksum: checksumOf(body) };
}

/** The checksum of a report's content: CRC-32 of its JSON without the `checksum` member. */
function checksumOf(body: object): string {
	const rest: Record<string, unknown> = { ...body };
	delete rest.checksum;
	return `crc32:${crc32Hex(JSON.stringify(rest))}`;
}

/** A report as a file's text (pretty JSON: it is meant to be readable). */
export function serializeReport(report: CompletionReport): string {
	return JSON.stringify(report, null, 2) + '\n';
}

/** Why a file is not a usable report. */
export type ReportProblem = 'not-a-report' | 'newer-version' | 'damaged' | 'invalid' | 'too-large';

/** Result of reading a report file; never an exception. */
export type ParsedReport =
	| { ok: true; report: CompletionReport; events: LogEvent[]; blocks: TimedBlock[] }
	| { ok: false; reason: ReportProblem; message: string };

/** Largest report file read: 100,000 reviews in the compact encoding stay far below. */
export const MAX_REPORT_CHARS = 20_000_000;

const iso = z
	.string()
	.check(
		z.refine(
			(s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s,
			'not an ISO time'
		)
	);
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const unit = z.number().check(z.minimum(0), z.maximum(1));
const topicFigures = z.object({
	topic: z.string(),
	items: int(0, 1e6),
	done: int(0, 1e6),
	answered: int(0, 1e9),
	correct: int(0, 1e9),
	accuracy: z.nullable(unit),
	recall: unit
});
const reportSchema = z.object({
	app: z.literal('casedeck'),
	kind: z.literal('completion-report'),
	format: z.literal(REPORT_FORMAT),
	madeAt: iso,
	resident: z.object({
		id: z.string().check(z.regex(/^[a-z0-9-]{6,64}$/, 'resident id is not an id')),
		name: z.string().check(
			z.maxLength(80, 'name is too long'),
			z.refine((s) => s.trim() !== '', 'name is empty'),
			// eslint-disable-next-line no-control-regex -- control characters are what is refused
			z.refine((s) => !/[\u0000-\u001f\u007f]|\p{Cs}/u.test(s), 'name contains control characters')
		)
	}),
	assignment: assignmentSchema,
	dueAt: iso,
	settings: z.object({
		retention: z.number().check(z.minimum(0.7), z.maximum(0.97)),
		dayStartHour: int(0, 23),
		appVersion: z.string().check(z.maxLength(40)),
		deck: z.object({ id: z.string().check(z.maxLength(64)), revision: int(1, 1e6) })
	}),
	events: z.array(
		z.object({
			writer: z.string().check(z.regex(/^[a-z0-9]+$/, 'bad writer id')),
			runs: z.array(z.tuple([int(0, 2 ** 48), z.string()]))
		})
	),
	blocks: z.array(
		z
			.object({ at: iso, size: int(1, 10_000), correct: int(0, 10_000) })
			.check(z.refine((b) => b.correct <= b.size, 'a block has more right answers than questions'))
	),
	figures: z.object({
		overall: topicFigures,
		byTopic: z.array(topicFigures),
		timeMs: int(0, 2 ** 48),
		lastActivity: z.nullable(z.int()),
		rule: z.object({
			reviewed: z.boolean(),
			recall: z.optional(z.boolean()),
			timed: z.optional(z.boolean())
		}),
		status: z.enum(['not-started', 'in-progress', 'done', 'overdue'])
	}),
	checksum: z.string()
});

const fail = (reason: ReportProblem, message: string): ParsedReport => ({
	ok: false,
	reason,
	message
});
const NOT_OURS =
	'This file is not a CaseDeck completion report. Ask the resident to send the report again with “Send report”.';

/** Reads and checks a report file: envelope, version, checksum, schema and events. */
export function parseReport(text: string): ParsedReport {
	try {
		return parse(text);
	} catch {
		return fail('invalid', 'This report could not be read. Ask the resident to send it again.');
	}
}

function parse(text: string): ParsedReport {
	if (text.length > MAX_REPORT_CHARS)
		return fail('too-large', 'This file is too large to be a completion report (over 20 MB).');
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return fail(
			'damaged',
			'This file is not readable JSON: it may be cut short or damaged, or it is not a report. Ask the resident to send the report again.'
		);
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return fail('not-a-report', NOT_OURS);
	const r = raw as Record<string, unknown>;
	if (r.app !== 'casedeck') return fail('not-a-report', NOT_OURS);
	if (r.kind !== 'completion-report')
		return fail(
			'not-a-report',
			`This is a CaseDeck file, but not a completion report (it is a “${String(r.kind).slice(0, 40)}” file).`
		);
	if (typeof r.format === 'number' && r.format > REPORT_FORMAT)
		return fail(
			'newer-version',
			`This report was made by a newer CaseDeck (report format ${r.format}). Reload CaseDeck to update it, then import again.`
		);
	if (typeof r.checksum !== 'string' || checksumOf(r) !== r.checksum)
		return fail(
			'damaged',
			'This report was changed or damaged after it was made: its checksum does not match its content. Ask the resident to send it again.'
		);
	const parsed = reportSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return fail(
			'invalid',
			`This report is not valid (${issue.path.join('.') || 'file'}: ${issue.message}). Ask the resident to update CaseDeck and send it again.`
		);
	}
	const report = parsed.data as CompletionReport;
	let events: LogEvent[];
	try {
		events = decodeReportEvents(report.events);
	} catch (e) {
		return fail('invalid', `This report's review events are not valid (${(e as Error).message}).`);
	}
	const deckPrefix = `${report.settings.deck.id}/`;
	if (
		report.settings.deck.id !== report.assignment.deck.id ||
		events.some((e) => !e.item.startsWith(deckPrefix))
	)
		return fail('invalid', 'This report mixes in events of another deck than its assignment’s.');
	const blocks = report.blocks.map((b) => ({
		at: Date.parse(b.at),
		size: b.size,
		correct: b.correct
	}));
	return { ok: true, report, events, blocks };
}

/** A report as CSV: one row per topic and one for the whole assignment. */
export function reportToCsv(report: CompletionReport): string {
	const f = report.figures;
	const head = [
		'Resident',
		'Resident id',
		'Assignment',
		'Assignment id',
		'Revision',
		'Due',
		'Report made',
		'Status',
		'Topic',
		'Items',
		'Items done',
		'Answers',
		'Accuracy %',
		'Predicted recall at due date %',
		'Time spent (min)'
	];
	const row = (t: AssignmentFigures['overall'], topic: string) => [
		report.resident.name,
		report.resident.id,
		report.assignment.title,
		report.assignment.id,
		report.assignment.revision,
		report.assignment.due,
		report.madeAt,
		f.status,
		topic,
		t.items,
		t.done,
		t.answered,
		percentCell(t.accuracy),
		percentCell(t.recall),
		topic === '(all)' ? Math.round(f.timeMs / 6000) / 10 : null
	];
	return toCsv([head, row(f.overall, '(all)'), ...f.byTopic.map((t) => row(t, t.topic))]);
}
