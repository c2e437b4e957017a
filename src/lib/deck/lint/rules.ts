// The rule table of decks:lint: each rule's id, severity and what it checks. The functions
// themselves are small and pure (question-rules.ts, source-rules.ts); this file only maps
// them over a deck.
import type { DeckFile } from '../schema.ts';
import * as q from './question-rules.ts';
import { questionsOf } from './questions.ts';
import * as s from './source-rules.ts';
import type { Finding, Question, Severity } from './types.ts';
import { LONGEST_SHARE } from './words.ts';

/** One lint rule: a stable id (shown to authors), its severity, a summary and its check. */
export interface Rule {
	id: string;
	severity: Severity;
	summary: string;
	check(deck: DeckFile): Finding[];
}

const perQuestion =
	(fn: (x: Question) => string | undefined) =>
	(deck: DeckFile): Finding[] =>
		questionsOf(deck).flatMap((x) => {
			const message = fn(x);
			return message ? [{ path: x.path, cardId: x.cardId, message }] : [];
		});

const perSource =
	(fn: (x: DeckFile['sources'][string]) => string | undefined) =>
	(deck: DeckFile): Finding[] =>
		Object.entries(deck.sources).flatMap(([key, src]) => {
			const message = fn(src);
			return message ? [{ path: ['sources', key], message: `${key}: ${message}` }] : [];
		});

/** Key is the longest option in more than a third of the deck's questions (chars or words). */
export function keyLongestShare(deck: DeckFile): Finding[] {
	const qs = questionsOf(deck);
	if (qs.length < 3) return [];
	const longest = qs.map(q.keyIsLongest);
	const byChars = longest.filter((l) => l.chars).length;
	const byWords = longest.filter((l) => l.words).length;
	const worst = Math.max(byChars, byWords);
	if (worst <= qs.length * LONGEST_SHARE) return [];
	const first = qs.find((_, i) => longest[i].chars || longest[i].words)!;
	return [
		{
			path: ['cards'],
			message:
				`the key is the longest option in ${byChars} of ${qs.length} questions by characters ` +
				`and ${byWords} by words (more than a third), e.g. ${first.cardId}`
		}
	];
}

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
	{
		id: 'key-longest-share',
		severity: 'warning',
		summary: 'the key is the longest option in more than a third of the questions',
		check: keyLongestShare
	},
	{
		id: 'key-much-longer',
		severity: 'warning',
		summary: 'the key is ≥ 1.5× the next-longest option',
		check: perQuestion(q.keyMuchLonger)
	},
	{
		id: 'hedge-only-in-key',
		severity: 'warning',
		summary: 'only the key uses a hedge word',
		check: perQuestion(q.hedgeOnlyInKey)
	},
	{
		id: 'absolutes-only-in-distractors',
		severity: 'warning',
		summary: 'absolute words appear only in distractors',
		check: perQuestion(q.absolutesOnlyInDistractors)
	},
	{
		id: 'all-none-of-the-above',
		severity: 'warning',
		summary: '"all of the above" or "none of the above" as an option',
		check: perQuestion(q.allNoneOfTheAbove)
	},
	{
		id: 'negative-lead-in',
		severity: 'warning',
		summary: 'a negative lead-in (NOT, EXCEPT, LEAST) without emphasis',
		check: perQuestion(q.negativeLeadIn)
	},
	{
		id: 'repeated-why',
		severity: 'warning',
		summary: 'two options share a word-for-word why',
		check: perQuestion(q.repeatedWhy)
	},
	{
		id: 'stem-key-word',
		severity: 'advice',
		summary: 'a word in the stem and the key but in no distractor',
		check: perQuestion(q.stemKeyWordMatch)
	},
	{
		id: 'journal-without-id',
		severity: 'warning',
		summary: 'a journal source without DOI or PMID',
		check: perSource(s.journalWithoutId)
	},
	{
		id: 'aggregator-link',
		severity: 'warning',
		summary: 'a source linked through a known aggregator',
		check: perSource(s.aggregatorLink)
	},
	{
		id: 'high-grade-weak-type',
		severity: 'warning',
		summary: 'High grade on an encyclopaedia, teaching page or aggregator',
		check: perSource(s.highGradeWeakType)
	},
	{
		id: 'source-type-missing',
		severity: 'advice',
		summary: 'a source without a type',
		check: perSource(s.missingType)
	}
];
