/** Deck files: schema, parsing with line-precise errors, cloze expansion and compilation. */
export * from './types.ts';
export {
	parseDeckFile,
	formatIssue,
	formatPath,
	normaliseProse,
	type ParseResult
} from './parse.ts';
export {
	compileDeck,
	itemsOf,
	summarizeDeck,
	DEFAULT_DISCLAIMER,
	type MarkdownRenderer
} from './compile.ts';
export { clozeNumbers, renderCloze } from './cloze.ts';
export type { DeckFile, CardFile } from './schema.ts';
export { itemText, plainText } from './item-text.ts';
export { splitDeck, joinDeck, citedBy, PART_CHARS } from './split.ts';
export { DeckContent, type PartLoader } from './content.ts';
export { citedSources, shortCitation, type CitedSource } from './citation.ts';
