import type { KV } from './kv.ts';

/** One upgrade of stored data from `from` to `from + 1`. */
export interface Migration {
	from: number;
	/** Rewrites stored data in place; must be idempotent (a crash may run it twice). */
	migrate(kv: KV): void;
}

/**
 * Every upgrade, in order, each proven on a fixture of the older version's real output
 * (tests/fixtures/storage/v1.json).
 */
export const MIGRATIONS: readonly Migration[] = [
	// 1 → 2: the log may now hold kinds, origins and fields this version does not know (kept,
	// not replayed). v1 data is already valid v2, so nothing is rewritten; the raised number
	// only makes a v1 tab that opens after this one stop writing instead of quarantining
	// segments it cannot read.
	{ from: 1, migrate: () => {} }
];

/** Runs the migrations that lead from `version` to `target`; returns the version reached. */
export function migrate(kv: KV, version: number, target: number, list = MIGRATIONS): number {
	let v = version;
	while (v < target) {
		const m = list.find((x) => x.from === v);
		if (!m) break;
		m.migrate(kv);
		v++;
	}
	return v;
}
