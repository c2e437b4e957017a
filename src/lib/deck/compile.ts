import { clozeNumbers, renderCloze } from './cloze.ts';
import type { CardFile, DeckFile } from './schema.ts';
import {
	LEVELS,
	type Card,
	type CompiledDeck,
	type Deck,
	type DeckSummaryInfo,
	type Html,
	type Level,
	type McqQuestion,
	type ReviewItem
} from './types.ts';

/** Turns Markdown into sanitised HTML; injected so the compiler runs in Node and browser. */
export interface MarkdownRenderer {
	block(markdown: string): Html;
	inline(markdown: string): Html;
}

/** Default notice shown on every deck page. */
export const DEFAULT_DISCLAIMER = 'Educational use; not clinical guidance.';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function mcq(
	md: MarkdownRenderer,
	stem: string,
	options: { id: string; text: string; correct?: boolean; why: string }[],
	shuffle?: boolean
): McqQuestion {
	return {
		kind: 'mcq',
		...(shuffle === false && { shuffle: false }),
		stem: md.block(stem),
		options: options.map((o) => ({
			id: o.id,
			html: md.inline(o.text),
			correct: o.correct === true,
			why: md.block(o.why)
		}))
	};
}

function levelRange(from: Level, to: Level): Level[] {
	return LEVELS.slice(LEVELS.indexOf(from), LEVELS.indexOf(to) + 1);
}

function compileCard(c: CardFile, md: MarkdownRenderer): Card {
	const base = {
		id: c.id,
		topics: c.topics,
		sources: c.sources,
		facts: c.facts,
		inference: c.inference === true,
		explanation: c.explanation === undefined ? undefined : md.block(c.explanation),
		revision: c.revision ?? 1
	};
	switch (c.kind) {
		case 'basic':
			return { ...base, kind: 'basic', front: md.block(c.front), back: md.block(c.back) };
		case 'cloze':
			return {
				...base,
				kind: 'cloze',
				clozes: clozeNumbers(c.text).map((n) => ({
					n,
					front: md.block(
						renderCloze(
							c.text,
							n,
							(m) => `<span class="cloze-gap">[${escapeHtml(m.hint ?? '…')}]</span>`,
							(m) => escapeHtml(m.answer)
						)
					),
					back: md.block(
						renderCloze(
							c.text,
							n,
							(m) => `<mark class="cloze-answer">${escapeHtml(m.answer)}</mark>`,
							(m) => escapeHtml(m.answer)
						)
					)
				})),
				extra: c.back === undefined ? undefined : md.block(c.back)
			};
		case 'mcq':
			return { ...base, kind: 'mcq', question: mcq(md, c.stem, c.options, c.shuffle) };
		case 'vignette':
			return {
				...base,
				kind: 'vignette',
				title: c.title,
				stem: md.block(c.stem),
				steps: c.steps.map((s) => ({
					id: s.id,
					reveal: s.reveal === undefined ? undefined : md.block(s.reveal),
					question:
						s.question.kind === 'mcq'
							? mcq(md, s.question.stem, s.question.options, s.question.shuffle)
							: {
									kind: 'recall',
									prompt: md.block(s.question.prompt),
									answer: md.block(s.question.answer)
								},
					sources: s.sources ?? [],
					facts: s.facts ?? []
				}))
			};
		case 'level': {
			const [from, to] = c.span ?? ['T10', 'S1'];
			return {
				...base,
				kind: 'level',
				prompt: md.block(c.prompt),
				answer: [...c.answer].sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b)),
				span: levelRange(from, to),
				match: c.match ?? 'all',
				why: c.why === undefined ? undefined : md.block(c.why)
			};
		}
	}
}

/** The review items a card yields, in study order. */
export function itemsOf(card: Card): ReviewItem[] {
	const base = { cardId: card.id, kind: card.kind, topics: card.topics, revision: card.revision };
	switch (card.kind) {
		case 'cloze':
			return card.clozes.map((c) => ({ ...base, id: `${card.id}::c${c.n}`, part: c.n }));
		case 'vignette':
			return card.steps.map((s, i) => ({ ...base, id: `${card.id}::${s.id}`, part: i }));
		default:
			return [{ ...base, id: card.id }];
	}
}

/** Compiles a validated deck file into the deck the app studies. */
export function compileDeck(file: DeckFile, md: MarkdownRenderer): CompiledDeck {
	const cards = file.cards.map((c) => compileCard(c, md));
	return {
		id: file.id,
		format: 1,
		revision: file.revision,
		reviewed: file.reviewed,
		title: file.title,
		description: md.block(file.description),
		disclaimer: file.disclaimer ?? DEFAULT_DISCLAIMER,
		sources: Object.fromEntries(
			Object.entries(file.sources).map(([key, s]) => [
				key,
				{
					key,
					kind: s.kind,
					type: s.type,
					citation: s.citation,
					authors: s.authors,
					journal: s.journal,
					year: s.year,
					doi: s.doi,
					url: s.url,
					grade: s.grade
				}
			])
		),
		topics: file.topics,
		cards,
		items: cards.flatMap(itemsOf)
	};
}

/** The small listing home shows for a deck. */
export function summarizeDeck(deck: Deck): DeckSummaryInfo {
	return {
		id: deck.id,
		title: deck.title,
		revision: deck.revision,
		reviewed: deck.reviewed,
		itemCount: deck.items.length,
		topics: deck.topics.map((t) => ({
			id: t.id,
			title: t.title,
			itemCount: deck.items.filter((i) => i.topics.includes(t.id)).length
		}))
	};
}
