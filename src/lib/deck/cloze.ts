/** One `{{cN::answer::hint}}` occurrence in a cloze text. */
export interface ClozeMark {
	n: number;
	answer: string;
	hint?: string;
}

const CLOZE = /\{\{c(\d+)::((?:(?!::|\}\}).)+?)(?:::((?:(?!\}\}).)+?))?\}\}/gs;

/** Distinct cloze numbers in a text, ascending. */
export function clozeNumbers(text: string): number[] {
	const seen = new Set<number>();
	for (const m of text.matchAll(CLOZE)) seen.add(Number(m[1]));
	return [...seen].sort((a, b) => a - b);
}

/**
 * Renders a cloze text for one cloze number: the active cloze through `hidden`, the
 * others through `shown`. Pieces outside clozes pass through unchanged.
 */
export function renderCloze(
	text: string,
	active: number,
	hidden: (mark: ClozeMark) => string,
	shown: (mark: ClozeMark) => string
): string {
	return text.replace(CLOZE, (_all, n: string, answer: string, hint?: string) => {
		const mark: ClozeMark = { n: Number(n), answer, hint };
		return mark.n === active ? hidden(mark) : shown(mark);
	});
}

/** Text left over with cloze syntax that did not parse, e.g. `{{c1:answer}}`. */
export function malformedCloze(text: string): string | undefined {
	const rest = text.replace(CLOZE, '');
	const bad = rest.match(/\{\{[^}]*\}?\}?/);
	return bad?.[0];
}
