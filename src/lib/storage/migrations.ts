import type { KV } from './kv.ts';

/** One upgrade of stored data from `from` to `from + 1`. */
export interface Migration {
	from: number;
	/** Rewrites stored data in place; must be idempotent (a crash may run it twice). */
	migrate(kv: KV): void;
}

/**
 * Every upgrade, in order. Version 1 is the first stored layout, so the list is empty; the
 * next layout change adds `{ from: 1, migrate }` here and a fixture of v1's real output
 * (tests/fixtures/storage/v1.json) keeps proving it.
 */
export const MIGRATIONS: readonly Migration[] = [];

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
