/**
 * Writes a hostile deck: every payload of `xss-payloads.ts` lands in every content field of every
 * card kind (basic, cloze incl. cloze answers and hints, mcq, vignette with mcq and recall steps,
 * level), plus the deck title, description and disclaimer, topic titles, and source citations,
 * DOIs, URLs and quotes. Each field holds a group of payloads; every field kind sees every
 * payload once across the deck's rounds. Payloads that swallow what follows them (an unclosed
 * `<style>`, `<textarea>`…) are put last in their group so they cannot hide the others.
 *
 * `writeXssDecks()` writes the deck (and, by default, a copy of the bundled decks) into a folder
 * that `CASEDECK_DECKS_DIR` can point the build at; the deck is validated as `decks:check` does.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadDeckFile, nodeMarkdownRenderer } from '../../src/lib/deck/build.ts';
import { formatIssue } from '../../src/lib/deck/parse.ts';
import { rng } from '../../bench/lib/rng.ts';
import { XSS_PAYLOADS, type XssPayload } from './xss-payloads.ts';

export const XSS_DECK_ID = 'xss-gauntlet';
/** Gitignored folder the e2e build reads decks from. */
export const XSS_DECKS_DIR = fileURLToPath(new URL('./.xss-decks/', import.meta.url));
const BUNDLED_DECKS_DIR = fileURLToPath(new URL('../../decks/', import.meta.url));

/** Payloads per field; the deck has ceil(payloads / GROUP) rounds of one card per kind. */
const GROUP = 10;

/** How the study screen answers an item. */
export type XssItemMode = 'recall' | 'mcq' | 'level';

function shuffled<T>(xs: readonly T[], seed: number): T[] {
	const out = [...xs];
	const r = rng(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** Whether a payload hides Markdown that follows it (so it goes last in a group). */
function swallows(p: XssPayload): boolean {
	return !nodeMarkdownRenderer().block(`${p.text}\n\nZQXSENTINEL`).includes('ZQXSENTINEL');
}

/**
 * Splits the payloads into `rounds` groups for one field: a seeded shuffle (so fields group
 * payloads differently), at most one swallowing payload per group where possible, last.
 */
function groupsFor(field: string, payloads: readonly XssPayload[], rounds: number): XssPayload[][] {
	let seed = 0;
	for (const c of field) seed = (seed * 31 + c.charCodeAt(0)) >>> 0;
	const mixed = shuffled(payloads, seed);
	const greedy = mixed.filter(swallowsCached);
	const tame = mixed.filter((p) => !swallowsCached(p));
	const groups: XssPayload[][] = Array.from({ length: rounds }, () => []);
	const size = Math.ceil(payloads.length / rounds);
	// Fill tame payloads first, leaving room for the greedy ones, which go last in their group.
	let g = 0;
	for (const p of tame) {
		while (groups[g].length >= size - (g < greedy.length ? 1 : 0)) g = (g + 1) % rounds;
		groups[g].push(p);
		g = (g + 1) % rounds;
	}
	greedy.forEach((p, i) => groups[i % rounds].push(p));
	return groups;
}

const swallowCache = new Map<string, boolean>();
function swallowsCached(p: XssPayload): boolean {
	let v = swallowCache.get(p.name);
	if (v === undefined) swallowCache.set(p.name, (v = swallows(p)));
	return v;
}

const block = (ps: XssPayload[]) => ps.map((p) => p.text).join('\n\n');
const line = (ps: XssPayload[]) => ps.map((p) => p.text.replace(/\s*\n\s*/g, ' ')).join(' ');
/** Cloze answers and hints cannot contain `::`, `{{` or `}}`. */
const clozeSafe = (ps: XssPayload[]) =>
	line(ps.filter((p) => !/::|\{\{|\}\}/.test(p.text))) || '<img src=x onerror=alert(1)>';

/** The generated deck (as data for YAML) and what the study walk will meet. */
export interface XssDeck {
	data: Record<string, unknown>;
	/** Review items, in deck order. */
	items: { id: string; mode: XssItemMode }[];
	/** Field kinds that received every payload. */
	fields: string[];
	rounds: number;
}

/** Builds the hostile deck. */
export function xssDeck(payloads: readonly XssPayload[] = XSS_PAYLOADS): XssDeck {
	const rounds = Math.ceil(payloads.length / GROUP);
	const fields = new Set<string>();
	const cache = new Map<string, XssPayload[][]>();
	/** The payload group of `field` for round `r`. */
	const g = (field: string, r: number): XssPayload[] => {
		fields.add(field);
		let groups = cache.get(field);
		if (!groups) cache.set(field, (groups = groupsFor(field, payloads, rounds)));
		return groups[r];
	};
	const all = shuffled(payloads, 7);
	const tameFirst = [...all.filter((p) => !swallowsCached(p)), ...all.filter(swallowsCached)];

	// Topic titles (plain text): each of the three topics gets a third of the payloads.
	const topics = [0, 1, 2].map((t) => ({
		id: `t${t}`,
		title: line(payloads.filter((_, j) => j % 3 === t))
	}));

	const sources: Record<string, unknown> = {
		paper: {
			kind: 'paper',
			citation: line(all),
			doi: `10.1000/"><img src=x onerror=alert(1)>`,
			grade: 'High'
		}
	};
	fields.add('source.citation').add('source.doi');
	const cards: unknown[] = [];
	const items: XssDeck['items'] = [];
	const option = (field: string, r: number, i: number) => ({
		id: 'abcd'[i],
		text: line(g(`${field}.options[${i}].text`, r)),
		...(i === 0 ? { correct: true } : {}),
		why: block(g(`${field}.options[${i}].why`, r))
	});
	const options = (field: string, r: number) => [0, 1, 2, 3].map((i) => option(field, r, i));

	for (let r = 0; r < rounds; r++) {
		const src = `src-${r}`;
		sources[src] = {
			kind: 'background',
			citation: line(g('source.citation', r)),
			url: `https://evil.example/r${r}/"><script>alert(1)</script>?javascript:alert(1)`,
			grade: 'High'
		};
		fields.add('source.url');
		const refs = [{ ref: src, quote: line(g('card.sources.quote', r)) }, { ref: 'paper' }];
		const topic = [`t${r % 3}`];
		const base = (id: string) => ({
			id: `r${r}-${id}`,
			topics: topic,
			facts: ['P01'],
			sources: refs,
			...(r % 2 ? { inference: true } : {}),
			explanation: block(g(`${id}.explanation`, r))
		});

		cards.push({
			...base('basic'),
			kind: 'basic',
			front: block(g('basic.front', r)),
			back: block(g('basic.back', r))
		});
		items.push({ id: `r${r}-basic`, mode: 'recall' });

		cards.push({
			...base('cloze'),
			kind: 'cloze',
			// Cloze marks first: a swallowing payload (last in its group) must not hide them.
			text: `Answer {{c1::${clozeSafe(g('cloze.answer', r))}}} and {{c2::gap::${clozeSafe(g('cloze.hint', r))}}}.\n\n${block(g('cloze.text', r))}`,
			back: block(g('cloze.back', r))
		});
		// The cloze text may hold cloze payloads of its own ({{c1::…}}); they join c1.
		items.push(
			{ id: `r${r}-cloze::c1`, mode: 'recall' },
			{ id: `r${r}-cloze::c2`, mode: 'recall' }
		);

		cards.push({
			...base('mcq'),
			kind: 'mcq',
			stem: block(g('mcq.stem', r)),
			options: options('mcq', r)
		});
		items.push({ id: `r${r}-mcq`, mode: 'mcq' });

		cards.push({
			...base('vignette'),
			kind: 'vignette',
			title: line(g('vignette.title', r)),
			stem: block(g('vignette.stem', r)),
			steps: [
				{
					id: 'choose',
					reveal: block(g('vignette.steps.reveal', r)),
					question: {
						kind: 'mcq',
						stem: block(g('vignette.mcq.stem', r)),
						options: options('vignette.mcq', r)
					},
					sources: [{ ref: src, quote: line(g('vignette.steps.sources.quote', r)) }]
				},
				{
					id: 'recall',
					reveal: block(g('vignette.steps.reveal#2', r)),
					question: {
						kind: 'recall',
						prompt: block(g('vignette.recall.prompt', r)),
						answer: block(g('vignette.recall.answer', r))
					}
				}
			]
		});
		items.push(
			{ id: `r${r}-vignette::choose`, mode: 'mcq' },
			{ id: `r${r}-vignette::recall`, mode: 'recall' }
		);

		cards.push({
			...base('level'),
			kind: 'level',
			prompt: block(g('level.prompt', r)),
			answer: ['L1'],
			why: block(g('level.why', r))
		});
		items.push({ id: `r${r}-level`, mode: 'level' });
	}

	const data = {
		id: XSS_DECK_ID,
		format: 1,
		revision: 1,
		reviewed: '2026-11-23',
		title: `XSS gauntlet ${line(payloads.slice(0, 12))}`,
		description: block(tameFirst),
		disclaimer: line(payloads.slice(12, 24)),
		sources,
		topics,
		cards
	};
	const covered = [
		'deck.title (12 payloads)',
		'deck.disclaimer (12 payloads)',
		'deck.description',
		'topics[].title',
		...fields
	];
	return { data, items, fields: covered, rounds };
}

/** The deck as YAML (the `yaml` package quotes every payload safely). */
export function xssDeckYaml(deck = xssDeck()): string {
	return `# Generated by tests/faults/xss-deck.ts; do not edit.\n${stringify(deck.data, { lineWidth: 0 })}`;
}

/**
 * Writes the hostile deck (plus, with `withBundled`, the bundled decks and their sources) to
 * `dir`, validates it like `npm run decks:check`, and returns its path and items.
 */
export function writeXssDecks(
	dir = XSS_DECKS_DIR,
	{ withBundled = true }: { withBundled?: boolean } = {}
): { file: string; deck: XssDeck } {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	if (withBundled) {
		for (const f of readdirSync(BUNDLED_DECKS_DIR))
			if (/\.ya?ml$/.test(f) || f === 'sources')
				cpSync(join(BUNDLED_DECKS_DIR, f), join(dir, f), { recursive: true });
	}
	const deck = xssDeck();
	const file = join(dir, `${XSS_DECK_ID}.yaml`);
	writeFileSync(file, xssDeckYaml(deck));
	const r = loadDeckFile(file);
	if (!r.ok) throw new Error(`generated deck is invalid:\n${r.issues.map(formatIssue).join('\n')}`);
	const got = r.deck.items.map((i) => i.id).join(',');
	const want = deck.items.map((i) => i.id).join(',');
	if (got !== want) throw new Error(`generated deck items differ:\n${got}\n${want}`);
	return { file, deck };
}

// `npx tsx tests/faults/xss-deck.ts [dir]` writes the folder by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const { file, deck } = writeXssDecks(process.argv[2] ?? XSS_DECKS_DIR);
	console.log(
		`wrote ${file}: ${XSS_PAYLOADS.length} payloads, ${deck.rounds} rounds, ${deck.items.length} items`
	);
}
