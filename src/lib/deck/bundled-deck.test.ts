import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckFile } from './build.ts';
import { lintDeck, formatWarning } from './lint/index.ts';
import { normaliseProse, parseDeckFile } from './parse.ts';
import type { Card, CompiledDeck } from './types.ts';

// Clinical-standard checks of the paper's deck (see ../shared/content/fact-base.md).
let deck: CompiledDeck;
beforeAll(() => {
	const r = loadDeckFile('decks/bkp-cement-leakage.yaml');
	if (!r.ok) throw new Error(r.issues.map((i) => `${i.line} ${i.path} ${i.message}`).join('\n'));
	deck = r.deck;
});

const factsOf = (c: Card) => [
	...c.facts,
	...(c.kind === 'vignette' ? c.steps.flatMap((s) => s.facts) : [])
];
const textOf = (c: Card) => JSON.stringify(c).replace(/<[^>]+>/g, ' ');

describe('bkp-cement-leakage deck', () => {
	it('has at least 60 review items', () => {
		expect(deck.items.length).toBeGreaterThanOrEqual(60);
	});

	it('tags every paper fact P04–P39 on at least one card', () => {
		const tagged = new Set(deck.cards.flatMap(factsOf));
		const missing = Array.from(
			{ length: 36 },
			(_, i) => `P${String(i + 4).padStart(2, '0')}`
		).filter((p) => !tagged.has(p));
		expect(missing).toEqual([]);
	});

	it('never tags a "not stated" item (N01–N17) as a taught fact', () => {
		expect(
			deck.cards.filter((c) => factsOf(c).some((f) => f.startsWith('N'))).map((c) => c.id)
		).toEqual([]);
	});

	it('has 15+ single-best-answer questions (cards and vignette steps), a why on every option', () => {
		const questions = deck.cards.flatMap((c) =>
			c.kind === 'mcq'
				? [c.question]
				: c.kind === 'vignette'
					? c.steps.flatMap((s) => (s.question.kind === 'mcq' ? [s.question] : []))
					: []
		);
		expect(questions.length).toBeGreaterThanOrEqual(15);
		for (const q of questions) {
			expect(q.options.every((o) => o.why.length > 0)).toBe(true);
			expect(q.options.filter((o) => o.correct)).toHaveLength(1);
		}
	});

	it('has the two case vignettes (and the decision vignettes), each step its own item', () => {
		const v = deck.cards.filter((c) => c.kind === 'vignette');
		expect(v.map((c) => c.id)).toEqual(expect.arrayContaining(['case-1', 'case-2']));
		for (const c of v)
			expect(deck.items.filter((i) => i.cardId === c.id)).toHaveLength(c.steps.length);
		expect(textOf(v.find((c) => c.id === 'case-1')!)).toMatch(/not reported/i);
	});

	it('has level cards for both fractures, both laminectomies and the conus range', () => {
		const answers = deck.cards.filter((c) => c.kind === 'level').map((c) => c.answer.join(','));
		for (const a of ['L3', 'L2,L3', 'L5', 'L1,L2']) expect(answers).toContain(a);
		expect(answers.filter((a) => a === 'L5').length).toBeGreaterThanOrEqual(2);
	});

	it('marks inference cards and says so on the card', () => {
		const inf = deck.cards.filter((c) => c.inference);
		expect(inf.length).toBeGreaterThan(0);
		for (const c of inf) expect(textOf(c)).toMatch(/inferen/i);
		for (const c of deck.cards.filter((c) => factsOf(c).some((f) => f.startsWith('I'))))
			expect(c.inference, c.id).toBe(true);
	});

	it('keeps hedged wording and avoids what the abstract does not say', () => {
		for (const c of deck.cards) {
			const t = textOf(c);
			expect(t, c.id).not.toMatch(/right foot drop|right-sided drop foot was reported/i);
			expect(t, c.id).not.toMatch(/case 1 (was|remained) asymptomatic|fully recovered/i);
			if (/thermal injury/i.test(t) && c.sources.every((s) => s.ref === 'noma2025'))
				expect(t, c.id).toMatch(/possibl/i);
			const paperOnly = c.sources.every((s) => deck.sources[s.ref]?.kind === 'paper');
			if (paperOnly) expect(t, c.id).not.toMatch(/PMMA|polymethylmethacrylate/i);
		}
	});

	it('quotes the paper verbatim (against the shared abstract when present)', () => {
		const shared = '../shared/content/CASE24796-abstract.md';
		const abstract = normaliseProse(
			readFileSync(existsSync(shared) ? shared : 'decks/sources/CASE24796-abstract.md', 'utf8')
		);
		const quotes = deck.cards.flatMap((c) => [
			...c.sources,
			...(c.kind === 'vignette' ? c.steps.flatMap((s) => s.sources) : [])
		]);
		const paperQuotes = quotes.filter((q) => q.quote && deck.sources[q.ref]?.kind === 'paper');
		expect(paperQuotes.length).toBeGreaterThan(20);
		for (const q of paperQuotes) expect(abstract).toContain(normaliseProse(q.quote!));
	});

	it('passes decks:lint with no warnings and no advice', () => {
		const text = readFileSync('decks/bkp-cement-leakage.yaml', 'utf8');
		const r = parseDeckFile(text, 'decks/bkp-cement-leakage.yaml');
		if (!r.ok) throw new Error('deck did not parse');
		expect(lintDeck(r.deck, text).map(formatWarning)).toEqual([]);
	});

	it('gives every source a type, and no card rests only on Medium or Low sources', () => {
		for (const s of Object.values(deck.sources)) expect(s.type, s.key).toBeTruthy();
	});

	it('gives every source a link and every card a source', () => {
		for (const s of Object.values(deck.sources)) expect(s.doi || s.url, s.key).toBeTruthy();
		for (const c of deck.cards) expect(c.sources.length, c.id).toBeGreaterThan(0);
	});
});
