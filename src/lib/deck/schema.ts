import * as z from 'zod/mini';
import { LEVELS } from './types.ts';

const slug = z
	.string()
	.check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and -'));
const text = z.string().check(z.minLength(1, 'must not be empty'));
const factId = z
	.string()
	.check(z.regex(/^[PNBI]\d{2}[a-z]?$/, 'fact ids look like P04, B41 or I02'));
const level = z.enum(LEVELS, { error: 'a level is C1–C7, T1–T12, L1–L5 or S1' });

const sourceRef = z.object({ ref: text, quote: z.optional(text) });

const option = z.object({
	id: slug,
	text: text,
	correct: z.optional(z.boolean()),
	why: text
});

const options = z.array(option).check(
	z.minLength(4, 'a question needs 4–5 options'),
	z.maxLength(5, 'a question needs 4–5 options'),
	z.refine(
		(opts) => opts.filter((o) => o.correct === true).length === 1,
		'exactly one option must be correct'
	),
	z.refine(
		(opts) => new Set(opts.map((o) => o.id)).size === opts.length,
		'option ids must be unique'
	)
);

/** `shuffle: false` keeps the file's option order (numbers in order, "both of the above"). */
const shuffle = z.optional(z.boolean({ error: 'shuffle is true or false' }));
const mcqQuestion = z.object({ kind: z.literal('mcq'), stem: text, options, shuffle });
const recallQuestion = z.object({ kind: z.literal('recall'), prompt: text, answer: text });

const cardBase = {
	id: slug,
	topics: z.array(slug).check(z.minLength(1, 'a card needs at least one topic')),
	sources: z.array(sourceRef).check(z.minLength(1, 'a card needs at least one source')),
	facts: z.array(factId),
	inference: z.optional(z.boolean()),
	explanation: z.optional(text),
	revision: z.optional(z.int().check(z.minimum(1, 'revision starts at 1')))
};

const clozeText = text.check(
	z.regex(/\{\{c\d+::[^}]+\}\}/, 'a cloze needs at least one {{c1::answer}}')
);

const step = z.object({
	id: slug,
	reveal: z.optional(text),
	question: z.discriminatedUnion('kind', [mcqQuestion, recallQuestion], {
		error: 'question.kind must be mcq or recall'
	}),
	sources: z.optional(z.array(sourceRef)),
	facts: z.optional(z.array(factId))
});

const card = z.discriminatedUnion(
	'kind',
	[
		z.object({ ...cardBase, kind: z.literal('basic'), front: text, back: text }),
		z.object({ ...cardBase, kind: z.literal('cloze'), text: clozeText, back: z.optional(text) }),
		z.object({ ...cardBase, kind: z.literal('mcq'), stem: text, options, shuffle }),
		z.object({
			...cardBase,
			kind: z.literal('vignette'),
			title: text,
			stem: text,
			steps: z.array(step).check(
				z.minLength(1, 'a vignette needs at least one step'),
				z.refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'step ids must be unique')
			)
		}),
		z.object({
			...cardBase,
			kind: z.literal('level'),
			prompt: text,
			answer: z.array(level).check(z.minLength(1, 'a level card needs at least one answer level')),
			span: z.optional(z.tuple([level, level])),
			match: z.optional(
				z.enum(['all', 'any'], {
					error: "match is 'all' (every answer level) or 'any' (one of them)"
				})
			),
			why: z.optional(text)
		})
	],
	{ error: 'kind must be basic, cloze, mcq, vignette or level' }
);

/** What a source is, so a checker can weigh its grade (`kind` says paper vs background). */
export const SOURCE_TYPES = [
	'journal-article',
	'textbook',
	'guideline',
	'teaching-page',
	'encyclopaedia',
	'aggregator',
	'institutional-page',
	'consumer-page'
] as const;

const source = z
	.object({
		kind: z.enum(['paper', 'background'], { error: 'kind must be paper or background' }),
		// Optional so decks written before it still load; decks:lint asks for it.
		type: z.optional(
			z.enum(SOURCE_TYPES, { error: `type must be one of: ${SOURCE_TYPES.join(', ')}` })
		),
		citation: text,
		authors: z.optional(text),
		journal: z.optional(text),
		year: z.optional(z.int()),
		doi: z.optional(text),
		url: z.optional(z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' })),
		grade: z.enum(['High', 'Medium-High', 'Medium', 'Low'], {
			error: 'grade must be High, Medium-High, Medium or Low'
		}),
		verbatim: z.optional(text)
	})
	.check(z.refine((s) => Boolean(s.doi || s.url), 'a source needs a doi or a url'));

/** Schema of a deck file as written in YAML (before compilation). */
export const deckFileSchema = z.object({
	id: slug,
	format: z.literal(1, { error: 'format must be 1 (the only version this app reads)' }),
	revision: z.int().check(z.minimum(1, 'revision starts at 1')),
	reviewed: z.iso.date({ error: 'reviewed must be a date, YYYY-MM-DD' }),
	title: text,
	description: text,
	disclaimer: z.optional(text),
	sources: z.record(slug, source),
	topics: z
		.array(z.object({ id: slug, title: text }))
		.check(z.minLength(1, 'a deck needs a topic')),
	cards: z.array(card).check(z.minLength(1, 'a deck needs at least one card'))
});

/** A deck file as written, validated. */
export type DeckFile = z.infer<typeof deckFileSchema>;
/** One card as written. */
export type CardFile = DeckFile['cards'][number];
