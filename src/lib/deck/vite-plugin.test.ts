import { describe, expect, it } from 'vitest';
import { casedeckDecks } from './vite-plugin.ts';

/** Calls the plugin's `load` hook the way Vite does, for a resolved virtual id. */
function loadModule(id: string): string {
	const plugin = casedeckDecks('decks');
	const load = plugin.load as (this: unknown, id: string) => string | undefined;
	const code = load.call({ addWatchFile() {} }, `\0${id}`);
	if (typeof code !== 'string') throw new Error(`no module for ${id}`);
	return code;
}

describe('bundled deck modules', () => {
	it('offers each deck’s first part beside its index, as the same module the index loads', () => {
		const catalog = loadModule('virtual:casedeck/catalog');
		const ids = [...catalog.matchAll(/"([^"]+)": \(\) => import\("virtual:casedeck\/deck\/\1"\)/g)];
		expect(ids.length).toBeGreaterThan(0);
		for (const [, id] of ids) {
			const part0 = `import("virtual:casedeck/deck/${id}/part/0")`;
			expect(catalog).toContain(`"${id}": () => ${part0}`);
			// The index's own loader for part 0 names the same module: one fetch, not two.
			expect(loadModule(`virtual:casedeck/deck/${id}`)).toContain(`() => ${part0}`);
		}
	});
});
