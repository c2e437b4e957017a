// Small text helpers shared by the rules: options are Markdown, compared as plain words.

/** Plain words of Markdown text, lower-cased (emphasis, links and punctuation dropped). */
export function words(markdown: string): string[] {
	return markdown
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.toLowerCase()
		.split(/[^a-z0-9\u00c0-\u024f]+/)
		.filter(Boolean);
}

/** Whether the text contains any of the words (whole words, case-insensitive). */
export function hasWord(markdown: string, list: readonly string[]): boolean {
	const set = new Set(words(markdown));
	return list.some((w) => set.has(w));
}

/** The listed words the text contains, in list order. */
export function wordsFrom(markdown: string, list: readonly string[]): string[] {
	const set = new Set(words(markdown));
	return list.filter((w) => set.has(w));
}

/** Characters of an option as a reader sees it (Markdown marks and extra spaces dropped). */
export function visibleLength(markdown: string): number {
	return markdown.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().length;
}

/** A crude stem so "leaks" and "leak" match: lower-case, trailing plural s dropped. */
export function stemOf(word: string): string {
	return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The question sentence of a stem: its last sentence, where a lead-in's negative sits. */
export function leadIn(stem: string): string {
	const parts = stem
		.trim()
		.split(/(?<=[.!?:])\s+(?=[A-Z*_"'])/)
		.filter(Boolean);
	return parts[parts.length - 1] ?? '';
}

/** Collapses whitespace and case so repeated explanations compare equal. */
export function normalised(text: string): string {
	return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
