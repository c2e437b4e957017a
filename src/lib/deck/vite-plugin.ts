// Node-only Vite plugin: compiles decks/*.yaml at build time into JSON chunks, one per deck,
// plus a small catalog module. A broken deck fails the build with file:line messages.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { deckPaths, loadDeckFile } from './build.ts';
import { formatIssue } from './parse.ts';
import { summarizeDeck } from './compile.ts';

const CATALOG = 'virtual:casedeck/catalog';
const DECK = 'virtual:casedeck/deck/';

/** Serves bundled decks as `virtual:casedeck/catalog` and lazily imported deck chunks. */
export function casedeckDecks(dir = 'decks'): Plugin {
	const root = resolve(dir);
	const load = (path: string) => {
		const r = loadDeckFile(path);
		if (!r.ok) throw new Error(`Invalid deck:\n${r.issues.map(formatIssue).join('\n')}`);
		return r.deck;
	};
	return {
		name: 'casedeck-decks',
		resolveId(id) {
			if (id === CATALOG || id.startsWith(DECK)) return `\0${id}`;
		},
		load(id) {
			if (!id.startsWith('\0virtual:casedeck/')) return;
			const paths = deckPaths(root);
			for (const p of paths) this.addWatchFile(p);
			if (id === `\0${CATALOG}`) {
				const decks = paths.map(load);
				const loaders = decks
					.map((d) => `${JSON.stringify(d.id)}: () => import(${JSON.stringify(DECK + d.id)})`)
					.join(',\n');
				return [
					`export const catalog = ${JSON.stringify(decks.map(summarizeDeck))};`,
					`export const loaders = {${loaders}};`
				].join('\n');
			}
			const deckId = id.slice(`\0${DECK}`.length);
			const path = paths.find((p) => p.endsWith(`/${deckId}.yaml`) || p.endsWith(`/${deckId}.yml`));
			if (!path) throw new Error(`No deck file for "${deckId}"`);
			// JSON.parse of a string literal is faster to start than an object literal this size.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(load(path)))});`;
		}
	};
}
