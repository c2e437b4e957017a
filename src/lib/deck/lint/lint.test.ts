import { describe, expect, it } from 'vitest';
import { parseDeckFile } from '../parse.ts';
import type { DeckFile } from '../schema.ts';
import {
	absolutesOnlyInDistractors,
	aggregatorLink,
	allNoneOfTheAbove,
	formatWarning,
	hedgeOnlyInKey,
	highGradeWeakType,
	journalWithoutId,
	keyMuchLonger,
	lintDeck,
	missingType,
	negativeLeadIn,
	repeatedWhy,
	RULES,
	stemKeyWordMatch,
	type Question
} from './index.ts';
import { keyLongestShare } from './rules.ts';

/** A question from a stem and option texts; the first option is the key. */
function question(stem: string, texts: string[], whys?: string[]): Question {
	return {
		cardId: 'q',
		path: ['cards', 0],
		stem,
		options: texts.map((text, i) => ({
			id: String.fromCharCode(97 + i),
			text,
			correct: i === 0 || undefined,
			why: whys?.[i] ?? `why ${i}`
		}))
	};
}

type Source = DeckFile['sources'][string];
const source = (s: Partial<Source>): Source => ({
	kind: 'background',
	citation: 'Author A. Title. J Test. 2020;1:1-2.',
	grade: 'High',
	url: 'https://example.org/a',
	...s
});

describe('question rules (a flawed and a clean example each)', () => {
	it('key-much-longer: a key ≥ 1.5× the next option', () => {
		const long = 'The balloon makes a cavity so the cement goes in at low pressure';
		expect(keyMuchLonger(question('S?', [long, 'Heat', 'Less cement', 'No imaging']))).toMatch(
			/≥ 1.5×/
		);
		expect(
			keyMuchLonger(question('S?', ['Lower pressure', 'Higher dose', 'Less cement', 'No view']))
		).toBeUndefined();
	});

	it('hedge-only-in-key: the key alone hedges', () => {
		expect(
			hedgeOnlyInKey(question('S?', ['Usually relative', 'Absolute', 'None', 'Rare']))
		).toMatch(/usually/);
		expect(
			hedgeOnlyInKey(question('S?', ['Usually relative', 'Often absolute', 'Rare', 'New']))
		).toBeUndefined();
	});

	it('absolutes-only-in-distractors: "always", "never", "all", "reliably" only outside the key', () => {
		const q = question('S?', ['Relative', 'Absolute in all guidelines', 'Reliably safe', 'Other']);
		expect(absolutesOnlyInDistractors(q)).toMatch(/"all", "reliably"/);
		expect(
			absolutesOnlyInDistractors(question('S?', ['Relative', 'Absolute', 'Safe', 'Other']))
		).toBeUndefined();
		// An absolute in the key as well is no cue.
		expect(
			absolutesOnlyInDistractors(question('S?', ['Never absolute', 'Always', 'Safe', 'Other']))
		).toBeUndefined();
	});

	it('all-none-of-the-above', () => {
		expect(allNoneOfTheAbove(question('S?', ['A', 'B', 'C', 'All of the above']))).toMatch(/d/);
		expect(allNoneOfTheAbove(question('S?', ['A', 'B', 'C', 'None']))).toBeUndefined();
	});

	it('negative-lead-in: NOT or EXCEPT in the question sentence, unless emphasised', () => {
		expect(
			negativeLeadIn(question('Which factor was not significant?', ['A', 'B', 'C', 'D']))
		).toMatch(/"not"/);
		expect(
			negativeLeadIn(question('All are true EXCEPT which one?', ['A', 'B', 'C', 'D']))
		).toMatch(/"except"/);
		expect(
			negativeLeadIn(question('Which factor was **not** significant?', ['A', 'B', 'C', 'D']))
		).toBeUndefined();
		// A "not" in the vignette, before the question sentence, is not a lead-in.
		expect(
			negativeLeadIn(question('The level is not reported. Which root?', ['A', 'B', 'C', 'D']))
		).toBeUndefined();
	});

	it('stem-key-word (advice): a stem word repeated only in the key', () => {
		const stem = 'Why does balloon kyphoplasty leak less than vertebroplasty?';
		expect(
			stemKeyWordMatch(question(stem, ['The balloon makes a cavity', 'Heat', 'Cooling', 'Route']))
		).toMatch(/"balloon"/);
		expect(
			stemKeyWordMatch(
				question(stem, [
					'A cavity at low pressure',
					'No heat',
					'Cooling cement',
					'An anterior route'
				])
			)
		).toBeUndefined();
	});

	it('repeated-why: two options with the same explanation', () => {
		const texts = ['A', 'B', 'C', 'D'];
		expect(
			repeatedWhy(question('S?', texts, ['Yes.', 'Not reported.', 'Not  reported.', 'Other.']))
		).toMatch(/b, c/);
		expect(
			repeatedWhy(question('S?', texts, ['Yes.', 'Wrong side.', 'Wrong level.', 'No.']))
		).toBeUndefined();
	});
});

describe('source rules (a flawed and a clean example each)', () => {
	it('journal-without-id: a journal article needs a DOI or PMID', () => {
		expect(journalWithoutId(source({ type: 'journal-article' }))).toMatch(/DOI or PMID/);
		expect(journalWithoutId(source({ journal: 'Spine' }))).toMatch(/DOI or PMID/);
		expect(journalWithoutId(source({ type: 'journal-article', doi: '10.1/x' }))).toBeUndefined();
		expect(
			journalWithoutId(source({ type: 'journal-article', citation: 'X. Spine. PMID 12865844.' }))
		).toBeUndefined();
		expect(
			journalWithoutId(
				source({ type: 'journal-article', url: 'https://pubmed.ncbi.nlm.nih.gov/12865844/' })
			)
		).toBeUndefined();
		expect(journalWithoutId(source({ type: 'teaching-page', journal: 'X' }))).toBeUndefined();
	});

	it('aggregator-link: a link through a known aggregator, subdomains included', () => {
		expect(aggregatorLink(source({ url: 'https://lookfordiagnosis.com/cases.php?x=1' }))).toMatch(
			/lookfordiagnosis\.com/
		);
		expect(aggregatorLink(source({ url: 'https://es.scribd.com/document/1' }))).toMatch(/scribd/);
		expect(aggregatorLink(source({ url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }))).toBeUndefined();
		expect(aggregatorLink(source({ url: 'https://notscribd.com/x' }))).toBeUndefined();
	});

	it('high-grade-weak-type: High on an encyclopaedia, teaching page or aggregator', () => {
		expect(highGradeWeakType(source({ type: 'encyclopaedia' }))).toMatch(/Medium at most/);
		expect(highGradeWeakType(source({ type: 'teaching-page', grade: 'Medium' }))).toBeUndefined();
		expect(highGradeWeakType(source({ type: 'journal-article' }))).toBeUndefined();
	});

	it('source-type-missing (advice)', () => {
		expect(missingType(source({}))).toMatch(/no type/);
		expect(missingType(source({ type: 'guideline' }))).toBeUndefined();
	});
});

// A small deck, as text, so that lintDeck's lines can be checked too.
const deckText = (mcqs: string) => `id: t
format: 1
revision: 1
reviewed: 2026-11-23
title: T
description: D
sources:
  p:
    kind: paper
    type: journal-article
    citation: C
    doi: 10/x
    grade: High
topics:
  - { id: a, title: A }
cards:
${mcqs}`;

const mcq = (id: string, texts: string[]) => `  - id: ${id}
    kind: mcq
    topics: [a]
    facts: []
    sources: [{ ref: p }]
    stem: Which one?
    options:
${texts.map((t, i) => `      - { id: o${i}, text: ${t}, why: w${i}${i === 0 ? ', correct: true' : ''} }`).join('\n')}
`;

const parsed = (text: string) => {
	const r = parseDeckFile(text, 'decks/t.yaml');
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.deck;
};

describe('key-longest-share', () => {
	it('warns when the key is the longest option in more than a third of the questions', () => {
		const longKey = ['Longest option here', 'Short', 'Brief', 'Tiny'];
		const shortKey = ['Key', 'Longer distractor', 'Another one', 'Third'];
		const flawed = parsed(deckText(mcq('a', longKey) + mcq('b', longKey) + mcq('c', shortKey)));
		expect(keyLongestShare(flawed)[0].message).toMatch(/2 of 3 questions by characters/);
		const clean = parsed(deckText(mcq('a', longKey) + mcq('b', shortKey) + mcq('c', shortKey)));
		expect(keyLongestShare(clean)).toEqual([]);
	});
});

describe('lintDeck', () => {
	it('locates findings by file, line and card, with rule and severity', () => {
		const text = deckText(
			mcq('fine', ['Lower pressure', 'Higher dose', 'Less cement', 'No view']) +
				mcq('bad', ['Reliable', 'Short', 'All of the above', 'Other'])
		);
		const warnings = lintDeck(parsed(text), text, 'decks/t.yaml');
		const bad = warnings.find((w) => w.rule === 'all-none-of-the-above')!;
		expect(bad).toMatchObject({ file: 'decks/t.yaml', cardId: 'bad', severity: 'warning' });
		expect(text.split('\n')[bad.line - 1]).toContain('- id: bad');
		expect(formatWarning(bad)).toMatch(
			/^decks\/t\.yaml:\d+ \[bad\] all-none-of-the-above \(warning\): /
		);
		expect(warnings.filter((w) => w.cardId === 'fine')).toEqual([]);
	});

	it('works without the file text (lines are 1), as an import screen may call it', () => {
		const text = deckText(mcq('bad', ['Key', 'All of the above', 'B', 'C']));
		const [w] = lintDeck(parsed(text)).filter((x) => x.rule === 'all-none-of-the-above');
		expect(w).toMatchObject({ line: 1, file: 'deck.yaml', cardId: 'bad' });
	});

	it('counts vignette steps with options as questions', () => {
		const text = deckText(`  - id: v
    kind: vignette
    topics: [a]
    facts: []
    sources: [{ ref: p }]
    title: V
    stem: S
    steps:
      - id: s1
        question:
          kind: mcq
          stem: Which one?
          options:
            - { id: a, text: K, why: same, correct: true }
            - { id: b, text: B, why: same }
            - { id: c, text: C, why: c }
            - { id: d, text: D, why: d }
`);
		const [w] = lintDeck(parsed(text), text);
		expect(w).toMatchObject({
			rule: 'repeated-why',
			cardId: 'v',
			path: 'cards[0].steps[0].question'
		});
	});

	it('has a unique id, a severity and a summary for every rule', () => {
		expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
		for (const r of RULES) expect(r.summary.length).toBeGreaterThan(0);
	});
});
