/** Sanitised HTML, produced only by the deck compiler's renderer. */
export type Html = string & { readonly __html?: true };

/** Vertebral levels a `level` card can draw, top to bottom. */
export const LEVELS = [
	...Array.from({ length: 7 }, (_, i) => `C${i + 1}`),
	...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
	...Array.from({ length: 5 }, (_, i) => `L${i + 1}`),
	'S1'
] as const;

/** One vertebral level, e.g. `L3`. */
export type Level = (typeof LEVELS)[number];

/** A citable source of a deck. */
export interface Source {
	key: string;
	kind: 'paper' | 'background';
	/** journal-article, textbook, guideline, teaching-page… (see SOURCE_TYPES in schema.ts). */
	type?: string;
	citation: string;
	authors?: string;
	journal?: string;
	year?: number;
	doi?: string;
	url?: string;
	grade: 'High' | 'Medium-High' | 'Medium' | 'Low';
}

/** A card's reference to a source, with an optional verbatim quote. */
export interface SourceRef {
	ref: string;
	quote?: string;
}

/** A deck topic. */
export interface Topic {
	id: string;
	title: string;
}

/** One answer option of a single-best-answer question. */
export interface Option {
	id: string;
	html: Html;
	correct: boolean;
	why: Html;
}

/** A single-best-answer question (an mcq card or a vignette step). */
export interface McqQuestion {
	kind: 'mcq';
	/** False when the options must keep the file's order; shown shuffled otherwise. */
	shuffle?: false;
	stem: Html;
	options: Option[];
}

/** A free-recall question, self-graded after "Show answer". */
export interface RecallQuestion {
	kind: 'recall';
	prompt: Html;
	answer: Html;
}

/** Fields every card carries. */
interface CardBase {
	id: string;
	topics: string[];
	sources: SourceRef[];
	facts: string[];
	inference: boolean;
	explanation?: Html;
	revision: number;
}

/** Front/back flashcard. */
export interface BasicCard extends CardBase {
	kind: 'basic';
	front: Html;
	back: Html;
}

/** Cloze card; `fronts`/`backs` are keyed by cloze number. */
export interface ClozeCard extends CardBase {
	kind: 'cloze';
	clozes: { n: number; front: Html; back: Html }[];
	extra?: Html;
}

/** Single-best-answer card. */
export interface McqCard extends CardBase {
	kind: 'mcq';
	question: McqQuestion;
}

/** One step of a vignette: findings revealed, then a question. */
export interface VignetteStep {
	id: string;
	reveal?: Html;
	question: McqQuestion | RecallQuestion;
	sources: SourceRef[];
	facts: string[];
}

/** A case that unfolds in ordered steps. */
export interface VignetteCard extends CardBase {
	kind: 'vignette';
	title: string;
	stem: Html;
	steps: VignetteStep[];
}

/** Tap the vertebral level(s) on a drawn spine. */
export interface LevelCard extends CardBase {
	kind: 'level';
	prompt: Html;
	answer: Level[];
	span: Level[];
	/** `all`: tap every answer level (laminectomy L2 and L3); `any`: one level of the answer range. */
	match: 'all' | 'any';
	why?: Html;
}

/** Any card of a deck. */
export type Card = BasicCard | ClozeCard | McqCard | VignetteCard | LevelCard;

/** What the learner is asked at one review: progress is kept per item. */
export interface ReviewItem {
	/** Item id within the deck: `card`, `card::c1` or `card::step`. */
	id: string;
	cardId: string;
	kind: Card['kind'];
	/** Cloze number or vignette step index. */
	part?: number;
	topics: string[];
	revision: number;
}

/**
 * A compiled deck without its card content: what scheduling, home and the deck page need.
 * Every compiled deck and deck index is one.
 */
export interface Deck {
	id: string;
	format: 1;
	revision: number;
	reviewed: string;
	title: string;
	description: Html;
	disclaimer: string;
	topics: Topic[];
	items: ReviewItem[];
	/** itemsHash(items), when worked out at build time (see items-hash.ts). */
	itemsHash?: string;
}

/** A validated, compiled deck with all its content, as the deck compiler makes it. */
export interface CompiledDeck extends Deck {
	sources: Record<string, Source>;
	cards: Card[];
}

/**
 * What the client loads first of a bundled deck (see split.ts): the deck without card
 * content, its paper for the deck page, and where each card's content part starts.
 */
export interface DeckIndex extends Deck {
	/** The deck's first `paper` source, cited on the deck page. */
	paper?: Source;
	/** Index in `items` of each content part's first item: parts hold whole cards in order. */
	parts: number[];
}

/** One lazily loaded content part of a deck: whole cards, in deck order, and their sources. */
export interface DeckPart {
	cards: Card[];
	/** Every source these cards cite (a source cited in several parts is in each). */
	sources: Record<string, Source>;
}

/** Finds a card by id (a Map of cards or a deck's content). */
export interface CardLookup {
	get(cardId: string): Card | undefined;
}

/** What home needs to list a deck without loading it. */
export interface DeckSummaryInfo {
	id: string;
	title: string;
	revision: number;
	reviewed: string;
	itemCount: number;
	topics: { id: string; title: string; itemCount: number }[];
}

/** A problem found in a deck file, with its location. */
export interface DeckIssue {
	file: string;
	line: number;
	path: string;
	message: string;
}
