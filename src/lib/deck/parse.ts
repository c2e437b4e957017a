import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { clozeNumbers, malformedCloze } from './cloze.ts';
import { deckFileSchema, type DeckFile } from './schema.ts';
import { LEVELS, type DeckIssue } from './types.ts';

/** Result of parsing a deck file: the validated file or every issue found. */
export type ParseResult = { ok: true; deck: DeckFile } | { ok: false; issues: DeckIssue[] };

/** Options for {@link parseDeckFile}. */
export interface ParseOptions {
	/** Reads a source's `verbatim` text (path relative to the decks folder); undefined if missing. */
	readVerbatim?: (path: string) => string | undefined;
}

type Path = (string | number)[];

/** Formats a path like `cards[7].options`. */
export function formatPath(path: Path): string {
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Formats an issue as `file:line path: message`. */
export function formatIssue(issue: DeckIssue): string {
	const where = issue.path ? ` ${issue.path}` : '';
	return `${issue.file}:${issue.line}${where}: ${issue.message}`;
}

function lineOf(doc: Document, lines: LineCounter, path: Path): number {
	for (let p = path; ; p = p.slice(0, -1)) {
		const node = p.length ? doc.getIn(p, true) : doc.contents;
		if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
		if (!p.length) return 1;
	}
}

/** Collapses whitespace and strips Markdown emphasis so quotes compare as prose. */
export function normaliseProse(s: string): string {
	return s
		.replace(/\*\*/g, '')
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Parses and validates a deck's YAML text; never throws. */
export function parseDeckFile(text: string, file: string, options: ParseOptions = {}): ParseResult {
	const lines = new LineCounter();
	let doc: Document;
	try {
		doc = parseDocument(text, {
			lineCounter: lines,
			prettyErrors: false,
			uniqueKeys: true,
			logLevel: 'error'
		});
	} catch (e) {
		return { ok: false, issues: [{ file, line: 1, path: '', message: `not YAML: ${String(e)}` }] };
	}
	if (doc.errors.length) {
		return {
			ok: false,
			issues: doc.errors.map((e) => ({
				file,
				line: lines.linePos(e.pos[0]).line,
				path: '',
				message: `YAML: ${e.message.split('\n')[0]}`
			}))
		};
	}
	const issue = (path: Path, message: string): DeckIssue => ({
		file,
		line: lineOf(doc, lines, path),
		path: formatPath(path),
		message
	});
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 100 });
	} catch (e) {
		return { ok: false, issues: [issue([], `YAML: ${String(e)}`)] };
	}
	const parsed = deckFileSchema.safeParse(data);
	if (!parsed.success) {
		return {
			ok: false,
			issues: parsed.error.issues.map((i) => {
				const path = i.path as Path;
				const missing = i.code === 'invalid_type' && valueAt(data, path) === undefined;
				return issue(path, missing ? `required (${i.expected})` : i.message);
			})
		};
	}
	const issues = crossCheck(parsed.data, options).map(([p, m]) => issue(p, m));
	return issues.length ? { ok: false, issues } : { ok: true, deck: parsed.data };
}

function valueAt(data: unknown, path: Path): unknown {
	let v = data;
	for (const p of path)
		v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
	return v;
}

const STRONG = new Set(['High', 'Medium-High']);

/** Checks that span fields: ids, references, quotes, clozes and levels. */
function crossCheck(deck: DeckFile, options: ParseOptions): [Path, string][] {
	const out: [Path, string][] = [];
	const topicIds = new Set<string>();
	deck.topics.forEach((t, i) => {
		if (topicIds.has(t.id)) out.push([['topics', i, 'id'], `duplicate topic id "${t.id}"`]);
		topicIds.add(t.id);
	});
	const verbatim = new Map<string, string>();
	for (const [key, src] of Object.entries(deck.sources)) {
		if (!src.verbatim) continue;
		const body = options.readVerbatim?.(src.verbatim);
		if (body === undefined) {
			if (options.readVerbatim)
				out.push([['sources', key, 'verbatim'], `cannot read "${src.verbatim}"`]);
		} else verbatim.set(key, normaliseProse(body));
	}
	const checkRefs = (refs: DeckFile['cards'][number]['sources'], at: Path) => {
		refs.forEach((r, j) => {
			const src = deck.sources[r.ref];
			if (!src) {
				out.push([[...at, j, 'ref'], `unknown source "${r.ref}"`]);
				return;
			}
			const body = verbatim.get(r.ref);
			if (r.quote && body !== undefined && !body.includes(normaliseProse(r.quote)))
				out.push([[...at, j, 'quote'], `quote is not verbatim in ${src.verbatim}`]);
		});
	};
	const cardIds = new Set<string>();
	deck.cards.forEach((card, i) => {
		const at: Path = ['cards', i];
		if (cardIds.has(card.id)) out.push([[...at, 'id'], `duplicate card id "${card.id}"`]);
		cardIds.add(card.id);
		card.topics.forEach((t, j) => {
			if (!topicIds.has(t)) out.push([[...at, 'topics', j], `unknown topic "${t}"`]);
		});
		checkRefs(card.sources, [...at, 'sources']);
		const refs = [
			...card.sources,
			...(card.kind === 'vignette' ? card.steps.flatMap((s) => s.sources ?? []) : [])
		];
		if (!refs.some((r) => STRONG.has(deck.sources[r.ref]?.grade ?? '')))
			out.push([[...at, 'sources'], 'needs at least one High or Medium-High source']);
		if (card.kind === 'cloze') {
			const bad = malformedCloze(card.text);
			if (bad) out.push([[...at, 'text'], `malformed cloze "${bad}"`]);
			const nums = clozeNumbers(card.text);
			if (nums.some((n) => n < 1)) out.push([[...at, 'text'], 'cloze numbers start at c1']);
		}
		if (card.kind === 'vignette')
			card.steps.forEach(
				(s, j) => s.sources && checkRefs(s.sources, [...at, 'steps', j, 'sources'])
			);
		if (card.kind === 'level') {
			const [from, to] = card.span ?? ['T10', 'S1'];
			const lo = LEVELS.indexOf(from);
			const hi = LEVELS.indexOf(to);
			if (lo >= hi) out.push([[...at, 'span'], 'span must go from a higher to a lower level']);
			card.answer.forEach((lv, j) => {
				const k = LEVELS.indexOf(lv);
				if (k < lo || k > hi) out.push([[...at, 'answer', j], `${lv} is outside the drawn span`]);
			});
			if (new Set(card.answer).size !== card.answer.length)
				out.push([[...at, 'answer'], 'answer levels must be unique']);
		}
	});
	return out;
}
