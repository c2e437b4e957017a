import { clear, createStore, delMany, entries, set, setMany, type UseStore } from 'idb-keyval';

/** The IndexedDB database of a director's cohort: apart from localStorage, so 100 reports never compete with the review log for quota. */
export const COHORT_DB = 'casedeck-cohort';

/** What the cohort store keeps: report files as imported, and the director's resident merges. */
export interface CohortSnapshot {
	reports: { key: string; text: string }[];
	/** Resident id → resident id it counts as. */
	merges: Record<string, string>;
}

/** A director's cohort in IndexedDB (through idb-keyval); every method is async and only runs in a browser. */
export interface CohortStore {
	/** Everything stored, reports in key order. */
	load(): Promise<CohortSnapshot>;
	/** Adds report files (a key already stored is overwritten with the same text). */
	addReports(reports: readonly { key: string; text: string }[]): Promise<void>;
	/** Removes report files by key (e.g. all of one resident's). */
	removeReports(keys: readonly string[]): Promise<void>;
	/** Replaces the merge map. */
	saveMerges(merges: Record<string, string>): Promise<void>;
	/** Removes everything. */
	clear(): Promise<void>;
	/** Replaces everything with a snapshot (restoring a backup). */
	restore(snapshot: CohortSnapshot): Promise<void>;
}

const REPORT = 'report:';
const MERGES = 'merges';

/**
 * Opens the cohort store. Call it from a browser event or effect, never at module top level:
 * the database is opened here, and prerender runs in Node.
 */
export function openCohortStore(dbName: string = COHORT_DB): CohortStore {
	let store: UseStore | undefined;
	// Opened on first use, so creating the object costs nothing until the cohort is shown.
	const db = () => (store ??= createStore(dbName, 'kv'));
	return {
		async load() {
			const reports: CohortSnapshot['reports'] = [];
			let merges: Record<string, string> = {};
			for (const [k, v] of await entries(db())) {
				if (typeof k !== 'string') continue;
				if (k === MERGES && isMergeMap(v)) merges = v;
				else if (k.startsWith(REPORT) && typeof v === 'string')
					reports.push({ key: k.slice(REPORT.length), text: v });
			}
			reports.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
			return { reports, merges };
		},
		async addReports(reports) {
			if (reports.length)
				await setMany(
					reports.map((r) => [REPORT + r.key, r.text]),
					db()
				);
		},
		async removeReports(keys) {
			if (keys.length)
				await delMany(
					keys.map((k) => REPORT + k),
					db()
				);
		},
		async saveMerges(merges) {
			await set(MERGES, { ...merges }, db());
		},
		async clear() {
			await clear(db());
		},
		async restore(snapshot) {
			await clear(db());
			await setMany(
				[
					...snapshot.reports.map((r): [string, string] => [REPORT + r.key, r.text]),
					[MERGES, { ...snapshot.merges }]
				],
				db()
			);
		}
	};
}

function isMergeMap(v: unknown): v is Record<string, string> {
	return (
		typeof v === 'object' &&
		v !== null &&
		!Array.isArray(v) &&
		Object.values(v).every((x) => typeof x === 'string')
	);
}
