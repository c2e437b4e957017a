// Node-only: reads deck files from disk and compiles them with a jsdom-backed sanitiser.
// Used by the Vite plugin (bundled decks) and `npm run decks:check`; never shipped to clients.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { compileDeck, type MarkdownRenderer } from './compile.ts';
import { createMarkdownRenderer } from './markdown.ts';
import { parseDeckFile, type ParseResult } from './parse.ts';
import type { CompiledDeck, DeckIssue } from './types.ts';

let renderer: MarkdownRenderer | undefined;

/** The build-time Markdown renderer (one jsdom window, created on first use). */
export function nodeMarkdownRenderer(): MarkdownRenderer {
	renderer ??= createMarkdownRenderer(new JSDOM('').window as unknown as WindowLike);
	return renderer;
}

/** Result of loading one deck file from disk. */
export type LoadResult =
	{ ok: true; deck: CompiledDeck; file: string } | { ok: false; issues: DeckIssue[] };

/** Reads and validates one deck file (quotes checked against its `verbatim` files), uncompiled. */
export function readDeckFile(
	path: string,
	cwd = process.cwd()
): { file: string; text: string; parsed: ParseResult } {
	const file = relative(cwd, path) || basename(path);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		const issue = { file, line: 1, path: '', message: `cannot read: ${String(e)}` };
		return { file, text: '', parsed: { ok: false, issues: [issue] } };
	}
	const dir = dirname(resolve(path));
	const parsed = parseDeckFile(text, file, {
		readVerbatim: (p) => {
			try {
				return readFileSync(join(dir, p), 'utf8');
			} catch {
				return undefined;
			}
		}
	});
	return { file, text, parsed };
}

/** Reads, validates and compiles one deck file; quotes are checked against `verbatim` files. */
export function loadDeckFile(path: string, cwd = process.cwd()): LoadResult {
	const { file, parsed } = readDeckFile(path, cwd);
	if (!parsed.ok) return parsed;
	const deck = compileDeck(parsed.deck, nodeMarkdownRenderer());
	const expected = basename(path).replace(/\.ya?ml$/, '');
	if (deck.id !== expected)
		return {
			ok: false,
			issues: [
				{
					file,
					line: 1,
					path: 'id',
					message: `id "${deck.id}" must match the file name "${expected}"`
				}
			]
		};
	return { ok: true, deck, file };
}

/** Paths of every deck file in a folder. */
export function deckPaths(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.map((f) => join(dir, f));
}
