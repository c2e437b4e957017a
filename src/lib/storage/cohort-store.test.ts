import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCohortStore } from './cohort-store.ts';

let n = 0;
const fresh = () => openCohortStore(`test-cohort-${n++}`);

describe('cohort store', () => {
	it('keeps report files and the merge map across opens', async () => {
		const name = `test-cohort-${n++}`;
		const a = openCohortStore(name);
		await a.addReports([
			{ key: 'r2', text: '{"b":1}' },
			{ key: 'r1', text: '{"a":1}' }
		]);
		await a.saveMerges({ x: 'y' });
		const b = openCohortStore(name);
		expect(await b.load()).toEqual({
			reports: [
				{ key: 'r1', text: '{"a":1}' },
				{ key: 'r2', text: '{"b":1}' }
			],
			merges: { x: 'y' }
		});
	});

	it('adding the same report twice keeps one', async () => {
		const s = fresh();
		await s.addReports([{ key: 'k', text: 't' }]);
		await s.addReports([{ key: 'k', text: 't' }]);
		expect((await s.load()).reports).toHaveLength(1);
	});

	it('removes reports of a resident and clears everything', async () => {
		const s = fresh();
		await s.addReports([
			{ key: 'a1', text: '1' },
			{ key: 'a2', text: '2' },
			{ key: 'b1', text: '3' }
		]);
		await s.saveMerges({ a2: 'a1' });
		await s.removeReports(['a1', 'a2']);
		expect((await s.load()).reports.map((r) => r.key)).toEqual(['b1']);
		await s.clear();
		expect(await s.load()).toEqual({ reports: [], merges: {} });
	});

	it('restores a snapshot over what was there (a backup)', async () => {
		const s = fresh();
		await s.addReports([{ key: 'old', text: 'x' }]);
		const snapshot = { reports: [{ key: 'new', text: 'y' }], merges: { p: 'q' } };
		await s.restore(snapshot);
		expect(await s.load()).toEqual(snapshot);
	});

	it('does not touch IndexedDB until used', () => {
		const saved = globalThis.indexedDB;
		try {
			// @ts-expect-error simulating Node during prerender, where there is no IndexedDB
			delete globalThis.indexedDB;
			expect(() => openCohortStore('never-opened')).not.toThrow();
		} finally {
			globalThis.indexedDB = saved;
		}
	});
});
