import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { describe, expect, it } from 'vitest';
import { clozeNumbers, compileDeck, formatIssue, parseDeckFile, renderCloze } from './index.ts';
import { createMarkdownRenderer } from './markdown.ts';

const md = createMarkdownRenderer(new JSDOM('').window as unknown as WindowLike);

const deckYaml = (cards: string) => `id: t
format: 1
revision: 1
reviewed: 2026-11-23
title: T
description: D
sources:
  p: { kind: paper, citation: C, doi: 10/x, grade: High, verbatim: abstract.md }
  weak: { kind: background, citation: W, url: 'https://example.org', grade: Low }
topics:
  - { id: a, title: A }
cards:
${cards}`;

const basic = `  - id: one
    kind: basic
    topics: [a]
    facts: [P04]
    sources: [{ ref: p, quote: two illustrative cases }]
    front: Q
    back: A
`;
const mcq = (opts: string) => `  - id: q
    kind: mcq
    topics: [a]
    facts: []
    sources: [{ ref: p }]
    stem: S
    options:
${opts}`;
const readVerbatim = () => 'This report presents **two illustrative\ncases** of leakage.';
const parse = (cards: string) => parseDeckFile(deckYaml(cards), 'decks/t.yaml', { readVerbatim });
const messages = (cards: string) => {
	const r = parse(cards);
	return r.ok ? [] : r.issues.map(formatIssue);
};

describe('parseDeckFile', () => {
	it('accepts a valid deck and compiles its items', () => {
		const r = parse(basic);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const deck = compileDeck(r.deck, md);
		expect(deck.items.map((i) => i.id)).toEqual(['one']);
		expect(deck.disclaimer).toBe('Educational use; not clinical guidance.');
	});

	it('names file, line and field for a wrong mcq', () => {
		const opts = ['a', 'b', 'c', 'd']
			.map((id) => `      - { id: ${id}, text: X, why: Y }`)
			.join('\n');
		expect(messages(mcq(opts))).toEqual([
			'decks/t.yaml:20 cards[0].options: exactly one option must be correct'
		]);
	});

	it('reports a missing why and too few options', () => {
		const m = messages(
			mcq(`      - { id: a, text: X, correct: true }\n      - { id: b, text: X, why: Y }`)
		);
		expect(m).toEqual([
			'decks/t.yaml:20 cards[0].options[0].why: required (string)',
			'decks/t.yaml:20 cards[0].options: a question needs 4–5 options'
		]);
	});

	it('rejects quotes that are not verbatim, unknown refs, topics and weak-only sources', () => {
		const card = basic
			.replace('two illustrative cases', 'three cases')
			.replace('topics: [a]', 'topics: [zz]');
		expect(messages(card)).toEqual([
			'decks/t.yaml:15 cards[0].topics[0]: unknown topic "zz"',
			'decks/t.yaml:17 cards[0].sources[0].quote: quote is not verbatim in abstract.md'
		]);
		expect(messages(basic.replace('ref: p, quote: two illustrative cases', 'ref: weak'))).toEqual([
			'decks/t.yaml:17 cards[0].sources: needs at least one High or Medium-High source'
		]);
		expect(messages(basic.replace('ref: p,', 'ref: nope,'))[0]).toMatch(/unknown source "nope"/);
	});

	it('rejects duplicate ids, bad levels and malformed clozes', () => {
		expect(messages(basic + basic)[0]).toBe('decks/t.yaml:20 cards[1].id: duplicate card id "one"');
		const level = `  - id: lv
    kind: level
    topics: [a]
    facts: []
    sources: [{ ref: p }]
    prompt: P
    answer: [L2, T3]
    span: [T10, S1]
`;
		expect(messages(level)).toEqual([
			'decks/t.yaml:19 cards[0].answer[1]: T3 is outside the drawn span'
		]);
		const cloze = basic
			.replace('kind: basic', 'kind: cloze')
			.replace('front: Q\n    back: A', 'text: x {{c1::y}} {{c2:z}}');
		expect(messages(cloze)).toEqual(['decks/t.yaml:18 cards[0].text: malformed cloze "{{c2:z}}"']);
	});

	it('reports YAML syntax errors with their line', () => {
		const r = parseDeckFile('id: t\nformat: [1\n', 'x.yaml');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(formatIssue(r.issues[0])).toMatch(/^x\.yaml:\d+ ?: YAML: /);
	});

	it('never throws on random or mutated input', () => {
		const good = deckYaml(basic);
		fc.assert(
			fc.property(fc.string(), fc.nat(good.length), fc.nat(40), (junk, at, cut) => {
				const text = good.slice(0, at) + junk + good.slice(at + cut);
				const r = parseDeckFile(text, 'f.yaml', { readVerbatim });
				if (!r.ok) for (const i of r.issues) expect(i.line).toBeGreaterThanOrEqual(1);
			}),
			{ numRuns: 10_000 }
		);
	}, 60_000);
});

describe('cloze', () => {
	it('finds numbers and renders one cloze at a time, with hints', () => {
		const t = '{{c1::L2}} and {{c2::L3::level}} and {{c1::again}}';
		expect(clozeNumbers(t)).toEqual([1, 2]);
		const front = renderCloze(
			t,
			1,
			(m) => `[${m.hint ?? '…'}]`,
			(m) => m.answer
		);
		expect(front).toBe('[…] and L3 and […]');
		expect(
			renderCloze(
				t,
				2,
				(m) => `[${m.hint ?? '…'}]`,
				(m) => m.answer
			)
		).toBe('L2 and [level] and again');
	});

	it('compiles cloze items with ids card::cN and escapes answers', () => {
		const r = parse(
			basic
				.replace('kind: basic', 'kind: cloze')
				.replace('front: Q\n    back: A', "text: 'x {{c1::<b>y</b>}} {{c2::z}}'")
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const deck = compileDeck(r.deck, md);
		expect(deck.items.map((i) => i.id)).toEqual(['one::c1', 'one::c2']);
		const card = deck.cards[0];
		if (card.kind !== 'cloze') throw new Error('kind');
		expect(card.clozes[0].front).toContain('<span class="cloze-gap">[…]</span>');
		expect(card.clozes[0].back).toContain('&lt;b&gt;y&lt;/b&gt;');
	});
});

describe('sanitiser', () => {
	it('strips scripts, handlers and javascript: URLs; keeps safe links', () => {
		const html = md.block(
			'<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](https://x.org) <svg onload=alert(1)>'
		);
		expect(html).not.toMatch(/<script|onerror|onload|href="javascript:|<img|<svg/i);
		expect(html).toContain(
			'<a href="https://x.org" rel="noopener noreferrer" target="_blank">b</a>'
		);
	});
});
