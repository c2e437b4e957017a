/**
 * decks:lint — item-writing and citation checks for a validated deck file. Pure (no Node
 * APIs), so the CLI (scripts/decks-lint.ts) and a future import screen show the same
 * warnings. Rules and word lists are documented in decks/README.md.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { DeckFile } from '../schema.ts';
import { RULES } from './rules.ts';
import type { Finding, Warning } from './types.ts';

export type { Warning, Severity, Finding, Question } from './types.ts';
export { RULES, type Rule } from './rules.ts';
export { questionsOf } from './questions.ts';
export * from './question-rules.ts';
export * from './source-rules.ts';
export * as wordLists from './words.ts';

type Path = (string | number)[];

const formatPath = (path: Path) =>
	path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Finds the line of a path in the YAML text (the nearest ancestor that has a node). */
function locator(fileText: string | undefined): (path: Path) => number {
	if (fileText === undefined) return () => 1;
	const lines = new LineCounter();
	const doc = parseDocument(fileText, { lineCounter: lines, logLevel: 'silent' });
	return (path) => {
		for (let p = path; p.length; p = p.slice(0, -1)) {
			const node = doc.getIn(p, true);
			if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
		}
		return 1;
	};
}

/**
 * Lints a validated deck file. `fileText` (the YAML it was parsed from) gives each warning
 * its line; without it every line is 1. Findings come in rule order, then deck order.
 */
export function lintDeck(deck: DeckFile, fileText?: string, file = 'deck.yaml'): Warning[] {
	const lineOf = locator(fileText);
	return RULES.flatMap((rule) =>
		rule.check(deck).map((f: Finding): Warning => ({
			file,
			line: lineOf(f.path),
			path: formatPath(f.path),
			cardId: f.cardId,
			rule: rule.id,
			severity: rule.severity,
			message: f.message
		}))
	);
}

/** Formats a warning as `file:line [card] rule (severity): message`. */
export function formatWarning(w: Warning): string {
	const card = w.cardId ? ` [${w.cardId}]` : '';
	return `${w.file}:${w.line}${card} ${w.rule} (${w.severity}): ${w.message}`;
}
