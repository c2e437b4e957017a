import type { Deck } from '../deck/index.ts';
import type { LogEvent } from '../log/index.ts';
import type { Assignment } from './assignment.ts';
import { percentCell, toCsv } from './csv.ts';
import {
	computeFigures,
	type AssignmentFigures,
	type AssignmentStatus,
	type TimedBlock,
	type TopicFigures
} from './figures.ts';
import { parseReport, type CompletionReport, type ReportProblem } from './report.ts';

/** A report in the cohort, read and checked once. */
export interface CohortReport {
	/** Stable identity of the file's content: the same file imported twice has the same key. */
	key: string;
	/** The file's text as imported (what the store keeps and a backup carries). */
	text: string;
	report: CompletionReport;
	events: LogEvent[];
	blocks: TimedBlock[];
}

/** Resident id → the resident id it was merged into by the director. */
export type MergeMap = Readonly<Record<string, string>>;

/** A director's cohort: imported reports and the merges; never mutated, every change is a copy. */
export interface Cohort {
	reports: ReadonlyMap<string, CohortReport>;
	merges: MergeMap;
}

/** What happened to one imported file. */
export interface ImportOutcome {
	/** The file name (or "pasted text") as the caller named it. */
	name: string;
	status: 'added' | 'unchanged' | 'rejected';
	reason?: ReportProblem;
	/** Plain words for the director. */
	message: string;
	key?: string;
}

/** A cohort with nothing in it. */
export const emptyCohort = (): Cohort => ({ reports: new Map(), merges: {} });

/** The identity of a report's content (resident, assignment, time made, checksum). */
export function reportKey(r: CompletionReport): string {
	return `${r.resident.id}|${r.assignment.id}|${r.madeAt}|${r.checksum}`;
}

/** The resident id a (possibly merged) id now counts as; merge cycles stop where they loop. */
export function residentOf(merges: MergeMap, id: string): string {
	const seen = new Set([id]);
	let at = id;
	while (Object.hasOwn(merges, at) && !seen.has(merges[at])) seen.add((at = merges[at]));
	return at;
}

/**
 * Imports report files: each bad file is rejected with its own reason, the rest are added; a
 * file already in the cohort changes nothing.
 */
export function importReports(
	cohort: Cohort,
	files: readonly { name: string; text: string }[]
): { cohort: Cohort; outcomes: ImportOutcome[]; added: CohortReport[] } {
	const reports = new Map(cohort.reports);
	const outcomes: ImportOutcome[] = [];
	const added: CohortReport[] = [];
	for (const { name, text } of files) {
		const parsed = parseReport(text);
		if (!parsed.ok) {
			outcomes.push({ name, status: 'rejected', reason: parsed.reason, message: parsed.message });
			continue;
		}
		const key = reportKey(parsed.report);
		if (reports.has(key)) {
			outcomes.push({
				name,
				status: 'unchanged',
				key,
				message: 'Already imported: nothing changed.'
			});
			continue;
		}
		const entry: CohortReport = { key, text, ...parsed };
		reports.set(key, entry);
		added.push(entry);
		const who = parsed.report.resident.name;
		outcomes.push({
			name,
			status: 'added',
			key,
			message: `Imported: ${who}, “${parsed.report.assignment.title}”.`
		});
	}
	return { cohort: { ...cohort, reports }, outcomes, added };
}

/** Counts resident `from` as resident `into` from now on (both keep their reports). */
export function mergeResidents(cohort: Cohort, from: string, into: string): Cohort {
	const target = residentOf(cohort.merges, into);
	if (residentOf(cohort.merges, from) === target) return cohort;
	return { ...cohort, merges: { ...cohort.merges, [residentOf(cohort.merges, from)]: target } };
}

/** Undoes every merge into or out of `id`. */
export function unmergeResident(cohort: Cohort, id: string): Cohort {
	const merges = Object.fromEntries(
		Object.entries(cohort.merges).filter(([from, into]) => from !== id && into !== id)
	);
	return { ...cohort, merges };
}

/** Removes a resident (with every id merged into them) and their reports. */
export function removeResident(
	cohort: Cohort,
	residentId: string
): { cohort: Cohort; removedKeys: string[] } {
	const who = residentOf(cohort.merges, residentId);
	const gone = (id: string) => residentOf(cohort.merges, id) === who;
	const reports = new Map(cohort.reports);
	const removedKeys: string[] = [];
	for (const [key, r] of reports)
		if (gone(r.report.resident.id)) {
			reports.delete(key);
			removedKeys.push(key);
		}
	const merges = Object.fromEntries(
		Object.entries(cohort.merges).filter(([from, into]) => !gone(from) && !gone(into))
	);
	return { cohort: { reports, merges }, removedKeys };
}

/** The assignments the cohort has reports for: latest revision's title, how many residents. */
export function cohortAssignments(
	cohort: Cohort
): { id: string; title: string; revision: number; due: string; residents: number }[] {
	const byId = new Map<string, { a: Assignment; residents: Set<string> }>();
	for (const { report } of cohort.reports.values()) {
		const a = report.assignment;
		const seen = byId.get(a.id) ?? { a, residents: new Set<string>() };
		if (a.revision > seen.a.revision) seen.a = a;
		seen.residents.add(residentOf(cohort.merges, report.resident.id));
		byId.set(a.id, seen);
	}
	return [...byId.values()]
		.map(({ a, residents }) => ({
			id: a.id,
			title: a.title,
			revision: a.revision,
			due: a.due,
			residents: residents.size
		}))
		.sort((x, y) => (x.due < y.due ? 1 : x.due > y.due ? -1 : x.title.localeCompare(y.title)));
}

/** Why a row needs a second look. */
export type RowFlag = 'figures-disagree' | 'deck-revision-differs' | 'deck-unavailable';

/** One resident's row of the table. */
export interface CohortRow {
	/** The resident id the row counts as (after merges). */
	resident: string;
	/** Every resident id in the row, this one first. */
	ids: string[];
	/** Every name the resident's reports gave, latest first. */
	names: string[];
	figures: AssignmentFigures;
	/** Reports the row is built from. */
	reports: number;
	flags: RowFlag[];
}

/** The residents × topics table of one assignment. */
export interface CohortTable {
	assignment: Assignment;
	topics: string[];
	rows: CohortRow[];
}

/** What the table needs of a deck: the director's copy, to recompute from events. */
export type CohortDeck = Pick<Deck, 'id' | 'revision' | 'topics' | 'items'>;

/**
 * The table of one assignment: every figure recomputed from the events (a resident's reports
 * merged by event id), with a flag on a row whose reports state figures their events do not give.
 */
export function cohortTable(
	cohort: Cohort,
	assignmentId: string,
	deckOf: (deckId: string) => CohortDeck | undefined,
	now: number
): CohortTable | undefined {
	const groups = new Map<string, CohortReport[]>();
	let assignment: Assignment | undefined;
	for (const entry of cohort.reports.values()) {
		const a = entry.report.assignment;
		if (a.id !== assignmentId) continue;
		if (!assignment || a.revision > assignment.revision) assignment = a;
		const who = residentOf(cohort.merges, entry.report.resident.id);
		groups.set(who, [...(groups.get(who) ?? []), entry]);
	}
	if (!assignment) return undefined;
	const deck = deckOf(assignment.deck.id);
	const rows = [...groups].map(([resident, entries]) =>
		residentRow(resident, entries, assignment!, deck, now)
	);
	const topics =
		assignment.topics === 'all'
			? (deck?.topics.map((t) => t.id) ?? rows[0]?.figures.byTopic.map((t) => t.topic) ?? [])
			: assignment.topics;
	return { assignment, topics, rows: sortRows(rows, 'name', 'asc') };
}

function residentRow(
	resident: string,
	entries: CohortReport[],
	assignment: Assignment,
	deck: CohortDeck | undefined,
	now: number
): CohortRow {
	const latest = [...entries].sort((a, b) => (a.report.madeAt < b.report.madeAt ? 1 : -1));
	const newest = latest[0].report;
	const ids = [resident, ...new Set(entries.map((e) => e.report.resident.id))].filter(
		(id, i, all) => all.indexOf(id) === i
	);
	const names = [...new Set(latest.map((e) => e.report.resident.name))];
	const flags = new Set<RowFlag>();
	if (!deck) {
		flags.add('deck-unavailable');
		return {
			resident,
			ids,
			names,
			figures: newest.figures,
			reports: entries.length,
			flags: [...flags]
		};
	}
	const events = new Map<string, LogEvent>();
	const blocks = new Map<string, TimedBlock>();
	for (const e of entries) {
		for (const x of e.events) events.set(x.id, x);
		for (const b of e.blocks) blocks.set(`${b.at}|${b.size}|${b.correct}`, b);
		const r = e.report;
		if (r.settings.deck.revision !== deck.revision) flags.add('deck-revision-differs');
		else {
			const restated = computeFigures({
				assignment: r.assignment,
				deck,
				events: e.events,
				blocks: e.blocks,
				settings: r.settings,
				dueAt: Date.parse(r.dueAt),
				now: Date.parse(r.madeAt)
			});
			if (!sameFigures(restated, r.figures)) flags.add('figures-disagree');
		}
	}
	const figures = computeFigures({
		assignment,
		deck,
		events: [...events.values()],
		blocks: [...blocks.values()],
		settings: newest.settings,
		dueAt: Date.parse(newest.dueAt),
		now
	});
	return { resident, ids, names, figures, reports: entries.length, flags: [...flags] };
}

/** Deep equality of figures, numbers within rounding noise (JSON keeps doubles exactly anyway). */
export function sameFigures(a: unknown, b: unknown): boolean {
	if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	if (ka.length !== kb.length) return false;
	return ka.every((k) =>
		sameFigures((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/** A column to sort by: a whole-row figure, or `done:`/`accuracy:`/`recall:` and a topic id. */
export type SortKey =
	| 'name'
	| 'status'
	| 'done'
	| 'accuracy'
	| 'recall'
	| 'lastActivity'
	| `${'done' | 'accuracy' | 'recall'}:${string}`;

/** Worst first when ascending: who needs a nudge. */
const STATUS_ORDER: Record<AssignmentStatus, number> = {
	overdue: 0,
	'not-started': 1,
	'in-progress': 2,
	done: 3
};

function sortValue(row: CohortRow, key: SortKey): string | number | null {
	const f = row.figures;
	const topicOf = (k: string): TopicFigures | undefined =>
		f.byTopic.find((t) => t.topic === k.slice(k.indexOf(':') + 1));
	switch (key) {
		case 'name':
			return (row.names[0] ?? row.resident).toLocaleLowerCase();
		case 'status':
			return STATUS_ORDER[f.status];
		case 'done':
			return f.overall.items ? f.overall.done / f.overall.items : 0;
		case 'accuracy':
			return f.overall.accuracy;
		case 'recall':
			return f.overall.recall;
		case 'lastActivity':
			return f.lastActivity;
	}
	const t = topicOf(key);
	if (!t) return null;
	if (key.startsWith('done:')) return t.items ? t.done / t.items : 0;
	if (key.startsWith('accuracy:')) return t.accuracy;
	return t.recall;
}

/** Rows sorted by any column; empty values last either way, ties by name then id. */
export function sortRows(
	rows: readonly CohortRow[],
	key: SortKey,
	direction: 'asc' | 'desc'
): CohortRow[] {
	const sign = direction === 'asc' ? 1 : -1;
	const name = (r: CohortRow) => sortValue(r, 'name') as string;
	return [...rows].sort((a, b) => {
		const va = sortValue(a, key);
		const vb = sortValue(b, key);
		if (va !== vb) {
			if (va === null) return 1;
			if (vb === null) return -1;
			const order =
				typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb) : va < vb ? -1 : 1;
			return order * sign;
		}
		return name(a).localeCompare(name(b)) || (a.resident < b.resident ? -1 : 1);
	});
}

/** A topic's standing across the cohort. */
export interface TopicStanding {
	topic: string;
	/** Mean predicted recall at the due date over residents, 0–1. */
	recall: number;
	/** Mean accuracy over residents who answered, or null. */
	accuracy: number | null;
	/** Residents who reviewed every item of the topic. */
	complete: number;
	residents: number;
}

/** The cohort's topics, weakest first (lowest mean predicted recall, then accuracy). */
export function weakestTopics(table: CohortTable): TopicStanding[] {
	return table.topics
		.map((topic): TopicStanding => {
			const figs = table.rows
				.map((r) => r.figures.byTopic.find((t) => t.topic === topic))
				.filter((t): t is TopicFigures => t !== undefined);
			const answered = figs.filter((t) => t.accuracy !== null);
			return {
				topic,
				recall: figs.length ? figs.reduce((s, t) => s + t.recall, 0) / figs.length : 0,
				accuracy: answered.length
					? answered.reduce((s, t) => s + t.accuracy!, 0) / answered.length
					: null,
				complete: figs.filter((t) => t.items > 0 && t.done === t.items).length,
				residents: table.rows.length
			};
		})
		.sort(
			(a, b) =>
				a.recall - b.recall ||
				(a.accuracy ?? -1) - (b.accuracy ?? -1) ||
				a.topic.localeCompare(b.topic)
		);
}

/** The table as CSV, in the rows' order; `topicTitle` names the topic columns. */
export function cohortCsv(
	table: CohortTable,
	topicTitle: (topic: string) => string = (t) => t
): string {
	const head = [
		'Resident',
		'Resident ids',
		'Status',
		'Items done',
		'Items',
		'Accuracy %',
		'Predicted recall at due date %',
		'Time spent (min)',
		'Last activity',
		'Reports',
		'Check',
		...table.topics.flatMap((t) => {
			const n = topicTitle(t);
			return [`${n}: items done`, `${n}: accuracy %`, `${n}: predicted recall %`];
		})
	];
	const rows = table.rows.map((r) => {
		const f = r.figures;
		return [
			r.names.join(' / '),
			r.ids.join(' '),
			f.status,
			f.overall.done,
			f.overall.items,
			percentCell(f.overall.accuracy),
			percentCell(f.overall.recall),
			Math.round(f.timeMs / 6000) / 10,
			f.lastActivity === null ? null : new Date(f.lastActivity).toISOString(),
			r.reports,
			r.flags.join(' '),
			...table.topics.flatMap((topic) => {
				const t = f.byTopic.find((x) => x.topic === topic);
				return [t?.done ?? null, percentCell(t?.accuracy ?? null), percentCell(t?.recall ?? null)];
			})
		];
	});
	return toCsv([head, ...rows]);
}
