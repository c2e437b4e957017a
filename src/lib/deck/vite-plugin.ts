// Node-only Vite plugin: compiles decks/*.yaml at build time into a small catalog module and,
// per deck, an index chunk and content-part chunks, all lazily imported (see split.ts). A
// broken deck fails the build with file:line messages.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { deckPaths, loadDeckFile } from './build.ts';
import { formatIssue } from './parse.ts';
import { summarizeDeck } from './compile.ts';
import { splitDeck } from './split.ts';
import type { CompiledDeck, DeckIndex, DeckPart } from './types.ts';

const CATALOG = 'virtual:casedeck/catalog';
const DECK = 'virtual:casedeck/deck/';
const PART = /^(.+)\/part\/(\d+)$/;

/** A module whose default export is `value`, as JSON (parsed faster than an object literal). */
const jsonModule = (value: unknown) =>
	`export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

interface Split {
	deck: CompiledDeck;
	index: DeckIndex;
	parts: DeckPart[];
}

/**
 * Serves bundled decks: `virtual:casedeck/catalog` (listing and loaders),
 * `virtual:casedeck/deck/<id>` (the index and its part loaders) and
 * `virtual:casedeck/deck/<id>/part/<n>` (one content part).
 */
export function casedeckDecks(dir = 'decks'): Plugin {
	const root = resolve(dir);
	// A deck is compiled once per build (not once per part module), and again when it changes.
	const cache = new Map<string, { mtime: number; split: Split }>();
	const load = (path: string): Split => {
		const mtime = statSync(path).mtimeMs;
		const hit = cache.get(path);
		if (hit?.mtime === mtime) return hit.split;
		const r = loadDeckFile(path);
		if (!r.ok) throw new Error(`Invalid deck:\n${r.issues.map(formatIssue).join('\n')}`);
		const split = { deck: r.deck, ...splitDeck(r.deck) };
		cache.set(path, { mtime, split });
		return split;
	};
	return {
		name: 'casedeck-decks',
		buildStart() {
			cache.clear();
		},
		watchChange() {
			cache.clear(); // a deck's verbatim source files may have changed
		},
		resolveId(id) {
			if (id === CATALOG || id.startsWith(DECK)) return `\0${id}`;
		},
		load(id) {
			if (!id.startsWith('\0virtual:casedeck/')) return;
			const paths = deckPaths(root);
			for (const p of paths) this.addWatchFile(p);
			if (id === `\0${CATALOG}`) {
				const decks = paths.map((p) => load(p).deck);
				// `{ id: () => import(specifier) }` over every deck.
				const importsById = (specifier: (id: string) => string) =>
					decks
						.map((d) => `${JSON.stringify(d.id)}: () => import(${JSON.stringify(specifier(d.id))})`)
						.join(',\n');
				const loaders = importsById((id) => DECK + id);
				// Part 0 holds a deck's first card (a new learner's first): importable beside the
				// index, so a first visit does not wait for the index before asking for it.
				const firstParts = importsById((id) => `${DECK}${id}/part/0`);
				return [
					`export const catalog = ${JSON.stringify(decks.map(summarizeDeck))};`,
					`export const loaders = {${loaders}};`,
					`export const firstParts = {${firstParts}};`
				].join('\n');
			}
			const name = id.slice(`\0${DECK}`.length);
			const match = PART.exec(name);
			const [deckId, part] = match ? [match[1], match[2]] : [name, undefined];
			const path = paths.find((p) => p.endsWith(`/${deckId}.yaml`) || p.endsWith(`/${deckId}.yml`));
			if (!path) throw new Error(`No deck file for "${deckId}"`);
			const { index, parts } = load(path);
			if (part !== undefined) {
				if (!parts[Number(part)]) throw new Error(`Deck "${deckId}" has no part ${part}`);
				return jsonModule(parts[Number(part)]);
			}
			const loaders = parts.map(
				(_, n) => `() => import(${JSON.stringify(`${DECK}${deckId}/part/${n}`)})`
			);
			return `${jsonModule(index)}\nexport const parts = [${loaders.join(',\n')}];`;
		}
	};
}
