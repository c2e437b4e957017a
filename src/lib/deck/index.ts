/** Deck files: schema, parsing with line-precise errors, cloze expansion and compilation. */
export * from './types';
export { parseDeckFile, formatIssue, formatPath, normaliseProse, type ParseResult } from './parse';
export { compileDeck, itemsOf, summarizeDeck, DEFAULT_DISCLAIMER, type MarkdownRenderer } from './compile';
export { clozeNumbers, renderCloze } from './cloze';
export type { DeckFile, CardFile } from './schema';
