import { describe, expect, it } from 'vitest';
import { TYPICAL } from '../../../tests/unit/assign-fixtures.ts';
import { DAY, ev, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import type { LogEvent } from '../log/index.ts';
import type { Assignment } from './assignment.ts';
import { crc32Hex } from './crc32.ts';
import {
	cohortAssignments,
	cohortCsv,
	cohortTable,
	emptyCohort,
	importReports,
	mergeResidents,
	removeResident,
	residentOf,
	sortRows,
	unmergeResident,
	weakestTopics
} from './cohort.ts';
import { buildReport, serializeReport } from './report.ts';

const deck = testDeck();
const assignment: Assignment = {
	...TYPICAL,
	deck: { id: 'test', revision: 1 },
	topics: ['t1', 't2'],
	done: {},
	due: '2026-01-20'
};
const decks = (id: string) => (id === 'test' ? deck : undefined);
const all = deck.items.map((i) => `test/${i.id}`);

function file(residentId: string, name: string, events: LogEvent[], now = T0 + DAY) {
	const report = buildReport({
		resident: { id: residentId, name },
		assignment,
		deck,
		events,
		blocks: [],
		settings: { retention: 0.9, dayStartHour: 4 },
		appVersion: '0.1.0',
		tz: 0,
		now
	});
	return { name: `${name}.json`, text: serializeReport(report) };
}

const phone = [
	ev({ id: 'ph.0', item: 'test/a', t: T0 }),
	ev({ id: 'ph.1', item: 'test/b', t: T0 + 1 })
];
const laptop = [ev({ id: 'lp.0', item: 'test/cz::c1', t: T0 + 2, rating: 1 })];

describe('cohort', () => {
	it('imports the good files and rejects each bad one with its own reason', () => {
		const good = file('resident-ana', 'Ana', phone);
		const damaged = { name: 'cut.json', text: good.text.slice(0, 200) };
		const backup = { name: 'backup.json', text: '{"app":"casedeck","kind":"backup","version":1}' };
		const { cohort, outcomes } = importReports(emptyCohort(), [good, damaged, backup]);
		expect(outcomes.map((o) => [o.name, o.status, o.reason])).toEqual([
			['Ana.json', 'added', undefined],
			['cut.json', 'rejected', 'damaged'],
			['backup.json', 'rejected', 'not-a-report']
		]);
		expect(cohort.reports.size).toBe(1);
		const again = importReports(cohort, [good]);
		expect(again.outcomes[0].status).toBe('unchanged');
		expect(again.cohort.reports.size).toBe(1);
	});

	it('merges one resident’s reports by event id, so nothing counts twice', () => {
		const first = file('resident-ana', 'Ana', phone);
		const later = file('resident-ana', 'Ana', [...phone, ...laptop], T0 + 2 * DAY);
		const { cohort } = importReports(emptyCohort(), [first, later]);
		const table = cohortTable(cohort, assignment.id, decks, T0 + 3 * DAY)!;
		expect(table.rows).toHaveLength(1);
		expect(table.rows[0]).toMatchObject({ reports: 2, flags: [], names: ['Ana'] });
		expect(table.rows[0].figures.overall).toMatchObject({ done: 3, answered: 3, correct: 2 });
	});

	it('shows a resident with two ids twice until the director merges them', () => {
		const { cohort } = importReports(emptyCohort(), [
			file('resident-ana', 'Ana', phone),
			file('resident-ana2', 'Ana (laptop)', laptop, T0 + 2 * DAY)
		]);
		expect(cohortTable(cohort, assignment.id, decks, T0)!.rows).toHaveLength(2);
		const merged = mergeResidents(cohort, 'resident-ana2', 'resident-ana');
		expect(residentOf(merged.merges, 'resident-ana2')).toBe('resident-ana');
		const rows = cohortTable(merged, assignment.id, decks, T0)!.rows;
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			ids: ['resident-ana', 'resident-ana2'],
			names: ['Ana (laptop)', 'Ana']
		});
		expect(rows[0].figures.overall.done).toBe(3);
		expect(
			cohortTable(unmergeResident(merged, 'resident-ana2'), assignment.id, decks, T0)!.rows
		).toHaveLength(2);
		// Merging back the other way is no cycle.
		expect(
			residentOf(mergeResidents(merged, 'resident-ana', 'resident-ana2').merges, 'resident-ana')
		).toBe('resident-ana');
	});

	it('flags a report whose stated figures its events do not give', () => {
		const honest = JSON.parse(file('resident-bo', 'Bo', phone).text);
		honest.figures.status = 'done';
		honest.figures.overall.done = 7;
		delete honest.checksum;
		honest.checksum = `crc32:${crc32Hex(JSON.stringify(honest))}`;
		const { cohort } = importReports(emptyCohort(), [
			{ name: 'bo.json', text: JSON.stringify(honest) }
		]);
		const row = cohortTable(cohort, assignment.id, decks, T0)!.rows[0];
		expect(row.flags).toEqual(['figures-disagree']);
		expect(row.figures.status).toBe('in-progress');
		expect(cohortTable(cohort, assignment.id, () => undefined, T0)!.rows[0].flags).toEqual([
			'deck-unavailable'
		]);
		expect(
			cohortTable(cohort, assignment.id, () => ({ ...deck, revision: 2 }), T0)!.rows[0].flags
		).toEqual(['deck-revision-differs']);
	});

	it('sorts by any column, finds the weakest topics and exports CSV', () => {
		const { cohort } = importReports(emptyCohort(), [
			file('resident-ana', 'Ana', phone),
			file(
				'resident-cy',
				'=Cy',
				all.map((item, i) => ev({ id: `cy.${i}`, item, t: T0 + i, rating: i ? 4 : 1 }))
			),
			file('resident-bo', 'Bo', [])
		]);
		const table = cohortTable(cohort, assignment.id, decks, T0 + DAY)!;
		expect(table.rows.map((r) => r.names[0])).toEqual(['=Cy', 'Ana', 'Bo']);
		expect(sortRows(table.rows, 'status', 'asc').map((r) => r.figures.status)).toEqual([
			'not-started',
			'in-progress',
			'done'
		]);
		expect(sortRows(table.rows, 'accuracy', 'desc').map((r) => r.names[0])).toEqual([
			'Ana',
			'=Cy',
			'Bo'
		]);
		expect(sortRows(table.rows, 'accuracy', 'asc').map((r) => r.names[0])).toEqual([
			'=Cy',
			'Ana',
			'Bo'
		]);
		expect(sortRows(table.rows, 'done:t2', 'desc').at(-1)!.names[0]).toBe('Bo');
		const weak = weakestTopics(table);
		expect(weak.map((w) => w.topic)).toEqual(['t1', 't2']);
		expect(weak[1]).toMatchObject({ complete: 2, residents: 3 });
		const csv = cohortCsv(table, (t) => `Topic ${t}`).split('\r\n');
		expect(csv[0]).toContain('Topic t1: items done');
		expect(csv[1].startsWith("'=Cy,")).toBe(true);
		expect(cohortAssignments(cohort)).toEqual([
			{ id: assignment.id, title: assignment.title, revision: 1, due: '2026-01-20', residents: 3 }
		]);
	});

	it('removes a resident with every id merged into them', () => {
		const { cohort } = importReports(emptyCohort(), [
			file('resident-ana', 'Ana', phone),
			file('resident-ana2', 'Ana', laptop),
			file('resident-bo', 'Bo', [])
		]);
		const merged = mergeResidents(cohort, 'resident-ana2', 'resident-ana');
		const { cohort: left, removedKeys } = removeResident(merged, 'resident-ana2');
		expect(removedKeys).toHaveLength(2);
		expect([...left.reports.values()].map((r) => r.report.resident.id)).toEqual(['resident-bo']);
		expect(left.merges).toEqual({});
	});
});
