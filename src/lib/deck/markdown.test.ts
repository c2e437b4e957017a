// The one Markdown sanitiser against script injection: every payload of
// tests/faults/xss-payloads.ts, the compiled hostile deck, and 10,000+ fast-check mutations.
// Output is checked as the browser will see it: re-parsed in a standards-mode document, in the
// contexts components insert it (a <div>, a <span> inside a <button>, Svelte's <template>).
import type { WindowLike } from 'dompurify';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { XSS_PAYLOADS, XSS_TEXTS } from '../../../tests/faults/xss-payloads.ts';
import { xssDeck, xssDeckYaml } from '../../../tests/faults/xss-deck.ts';
import { compileDeck } from './compile.ts';
import { ALLOWED_ATTR, ALLOWED_TAGS, createMarkdownRenderer } from './markdown.ts';
import { parseDeckFile } from './parse.ts';

const md = createMarkdownRenderer(new JSDOM('').window as unknown as WindowLike);

// A standards-mode page like the app's, for re-parsing the sanitiser's output.
const page = new JSDOM('<!doctype html><html><head></head><body></body></html>').window;
const doc = page.document;

const TAGS = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));
const ATTRS = new Set([...ALLOWED_ATTR, 'rel', 'target']);
const SAFE_HREF = /^(?:https?:|mailto:)/i;
/** Characters a browser strips or ignores inside a URL scheme. */
// eslint-disable-next-line no-control-regex -- strips control characters on purpose
const squash = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\ufeff]/g, '');

/** Problems found in the nodes under `root` (empty when safe). */
function problemsIn(root: ParentNode): string[] {
	const out: string[] = [];
	for (const el of root.querySelectorAll('*')) {
		if (!TAGS.has(el.tagName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
			out.push(`element <${el.tagName.toLowerCase()}>`);
		for (const a of el.attributes) {
			if (!ATTRS.has(a.name) && !(a.name === 'is' && a.value === ''))
				out.push(`attribute ${a.name} on <${el.tagName.toLowerCase()}>`);
			if (/^on/i.test(a.name)) out.push(`handler ${a.name}`);
			if (/^(?:javascript|vbscript|data):/i.test(squash(a.value)))
				out.push(`script URL in ${a.name}`);
		}
		if (el.tagName === 'A') {
			const href = el.getAttribute('href');
			if (href !== null && !SAFE_HREF.test(href)) out.push(`href ${href}`);
			if (el.getAttribute('rel') !== 'noopener noreferrer') out.push('link without noopener');
		}
	}
	return out;
}

/** Problems in `html` inserted where the app inserts deck HTML, after a browser-style re-parse. */
function problems(html: string): string[] {
	const out: string[] = [];
	// {@html} in client components: Svelte parses into a <template>, then clones.
	const template = doc.createElement('template');
	template.innerHTML = html;
	out.push(...problemsIn(template.content));
	// Prerendered deck page: the HTML text sits inside <div class="card-html"> in <body>.
	doc.body.innerHTML = `<div class="card-html">${html}</div>`;
	out.push(...problemsIn(doc.body.firstElementChild!));
	if (doc.body.children.length !== 1) out.push('markup escapes its container');
	// McqOptions: option HTML sits in a <span> inside a <button>.
	const button = doc.createElement('button');
	button.innerHTML = `<span class="html">${html}</span>`;
	out.push(...problemsIn(button));
	// Re-serialising and re-parsing must not create anything new (mutation XSS).
	const again = doc.createElement('div');
	again.innerHTML = template.innerHTML;
	const twice = doc.createElement('div');
	twice.innerHTML = again.innerHTML;
	out.push(...problemsIn(twice));
	return out;
}

function render(text: string): { block: string; inline: string } {
	return { block: md.block(text), inline: md.inline(text) };
}

describe('markdown sanitiser vs XSS payloads', () => {
	it('has at least 60 distinct payloads', () => {
		expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
		expect(new Set(XSS_PAYLOADS.map((p) => p.name)).size).toBe(XSS_PAYLOADS.length);
		expect(new Set(XSS_TEXTS).size).toBe(XSS_TEXTS.length);
	});

	it.each(XSS_PAYLOADS.map((p) => [p.name, p.text]))('%s', (_name, text) => {
		const { block, inline } = render(text);
		expect(problems(block), block).toEqual([]);
		expect(problems(inline), inline).toEqual([]);
		// Dangerous markup is removed or escaped, never passed through as tags.
		for (const html of [block, inline])
			expect(html).not.toMatch(
				/<(?:script|img|svg|math|iframe|style|object|embed|base|meta|form)/i
			);
	});

	it('keeps safe links, forcing noopener and a new tab', () => {
		expect(md.inline('[ok](https://example.org/a)')).toBe(
			'<a href="https://example.org/a" rel="noopener noreferrer" target="_blank">ok</a>'
		);
		expect(md.inline('<a href="mailto:x@example.org" target="_self">m</a>')).toContain(
			'target="_blank"'
		);
	});

	it('compiles the generated hostile deck to safe HTML in every field', () => {
		const deck = xssDeck();
		const parsed = parseDeckFile(xssDeckYaml(deck), 'xss-gauntlet.yaml');
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		const compiled = compileDeck(parsed.deck, md);
		expect(compiled.items.map((i) => i.id)).toEqual(deck.items.map((i) => i.id));
		// Every HTML string in the compiled deck (plain-text fields are rendered as text by Svelte).
		const htmlFields: string[] = [];
		const visit = (v: unknown, key: string) => {
			if (typeof v === 'string') {
				if (!['title', 'citation', 'quote', 'url', 'doi', 'disclaimer', 'id', 'ref'].includes(key))
					htmlFields.push(v);
			} else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
			else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
		};
		visit({ description: compiled.description, cards: compiled.cards }, '');
		expect(htmlFields.length).toBeGreaterThan(500);
		for (const html of htmlFields) expect(problems(html), html).toEqual([]);
		// Cloze answers and hints are escaped, never markup.
		const cloze = compiled.cards.find((c) => c.kind === 'cloze')!;
		if (cloze.kind !== 'cloze') throw new Error('no cloze card');
		expect(cloze.clozes.map((c) => c.front + c.back).join('')).toMatch(/cloze-(gap|answer)/);
	}, 60_000);
});

// ------------------------------------------------------------------------------ fuzzing

/** Fragments that tend to break parsers and sanitisers. */
const SHARDS = [
	'<',
	'>',
	'"',
	"'",
	'`',
	'=',
	'/',
	'\\',
	'&',
	'&#',
	'&#x',
	';',
	':',
	'\n',
	'\n\n',
	'\t',
	'\u0000',
	'\u200b',
	'<!--',
	'-->',
	'<![CDATA[',
	']]>',
	'javascript:',
	'java\tscript:',
	'&#106;avascript:',
	'data:text/html,',
	'vbscript:',
	' onerror=alert(1) ',
	' onload=alert(1)',
	'<img src=x ',
	'<svg>',
	'</svg>',
	'<math>',
	'<mtext>',
	'<mglyph>',
	'<style>',
	'</style>',
	'<noscript>',
	'</noscript>',
	'<template>',
	'</template>',
	'<textarea>',
	'</textarea>',
	'<table>',
	'<td>',
	'</p>',
	'<a href="',
	'<a href=javascript:alert(1)>',
	'</a>',
	'<script>',
	'</script>',
	'<iframe srcdoc="',
	'[x](',
	')',
	'![x](',
	'`',
	'```',
	'**',
	'> ',
	'- ',
	'| a | b |\n|---|---|\n',
	'{{c1::',
	'}}',
	'\\u003c'
];

const mutate = (base: string, edits: [number, number, string, boolean][]): string => {
	let s = base;
	for (const [pos, del, shard, upper] of edits) {
		const i = pos % (s.length + 1);
		s = s.slice(0, i) + (upper ? shard.toUpperCase() : shard) + s.slice(i + (del % 4));
	}
	return s;
};

const payload = fc.constantFrom(...XSS_TEXTS);
const edit = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...SHARDS), fc.boolean());
const mutant = fc.oneof(
	// A payload with shards inserted or swapped in.
	fc.tuple(payload, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([p, e]) => mutate(p, e)),
	// Two payloads spliced at random points.
	fc
		.tuple(payload, payload, fc.nat(), fc.nat())
		.map(([a, b, i, j]) => a.slice(0, i % (a.length + 1)) + b.slice(j % (b.length + 1))),
	// Free-form strings built from shards and payloads.
	fc
		.array(fc.oneof(fc.constantFrom(...SHARDS), payload, fc.string({ maxLength: 6 })), {
			maxLength: 12
		})
		.map((xs) => xs.join(''))
);

describe('markdown sanitiser under fuzzing', () => {
	it('10,000 mutated payloads: nothing dangerous survives, block or inline', () => {
		fc.assert(
			fc.property(mutant, (text) => {
				const { block, inline } = render(text);
				const found = [...problems(block), ...problems(inline)];
				if (found.length) throw new Error(`${JSON.stringify(text)} → ${found.join('; ')}`);
			}),
			{ numRuns: 10_000, seed: 20261123 }
		);
	}, 300_000);

	it('2,000 mutated cloze cards: answers and hints stay escaped', () => {
		const clozePiece = fc
			.tuple(payload, fc.array(edit, { maxLength: 3 }))
			.map(([p, e]) => mutate(p, e).replace(/::|\{\{|\}\}|\}$/g, ''))
			.filter((s) => s.length > 0);
		fc.assert(
			fc.property(mutant, clozePiece, clozePiece, (around, answer, hint) => {
				const text = `${around} {{c1::${answer}}} {{c2::x::${hint}}}`;
				const r = parseDeckFile(
					[
						'id: fuzz',
						'format: 1',
						'revision: 1',
						'reviewed: 2026-11-23',
						'title: t',
						'description: d',
						'sources: { s: { kind: paper, citation: c, url: "https://example.org/", grade: High } }',
						'topics: [{ id: t, title: t }]',
						'cards:',
						`  - { id: c, kind: cloze, topics: [t], facts: [], sources: [{ ref: s }], text: ${JSON.stringify(text)} }`
					].join('\n'),
					'fuzz.yaml'
				);
				if (!r.ok) return; // a mutant that is not a valid cloze is rejected, which is fine
				const deck = compileDeck(r.deck, md);
				for (const card of deck.cards)
					if (card.kind === 'cloze')
						for (const c of card.clozes) {
							const found = [...problems(c.front), ...problems(c.back)];
							if (found.length) throw new Error(`${JSON.stringify(text)} → ${found.join('; ')}`);
						}
			}),
			{ numRuns: 2_000, seed: 7 }
		);
	}, 300_000);
});
