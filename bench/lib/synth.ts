// Seeded synthetic collections: a 10,000-item deck (YAML, bundled into a bench build) and
// review logs written through the app's own LogStore, so storage holds exactly what the app
// would have written after months of study.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	compileDeck,
	parseDeckFile,
	type CompiledDeck,
	type Deck,
	type MarkdownRenderer
} from '../../src/lib/deck/index.ts';
import { itemKey, type LogEvent, type Rating } from '../../src/lib/log/index.ts';
import { DEFAULT_STUDY_SETTINGS, DeckProgress, Scheduler } from '../../src/lib/srs/index.ts';
import { LogReader, LogWriter, saveProgressCache, type KV } from '../../src/lib/storage/index.ts';
import { cacheKey } from './mirror.ts';
import { rng } from './rng.ts';

export const DECK_ID = 'bench-10k';
export const DEVICE = 'abcdef';
/** The phone's writer (device + slot 0, what the app claims first) and a second device's. */
export const WRITERS = [`${DEVICE}0`, 'qrstuv0'] as const;
const DAY = 86_400_000;

const WORDS =
	'cement leak canal root lamina pedicle balloon fracture vertebra dura nerve foot drop motor sensory level lumbar thoracic segment pressure volume viscosity fluoroscopy decompression laminectomy outcome risk pain imaging'.split(
		' '
	);
const sentence = (r: () => number, n: number) =>
	Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');

/**
 * YAML of a deck with `items` review items in the real format: 80 % basic cards, 8 % cloze
 * cards with two gaps (16 % of items) and 4 % single-best-answer questions, over 20 topics.
 */
export function deckYaml(items = 10_000, seed = 1): string {
	const r = rng(seed);
	const out: string[] = [
		`id: ${DECK_ID}`,
		'format: 1',
		'revision: 1',
		'reviewed: 2026-11-23',
		'title: Bench deck (synthetic)',
		'description: Synthetic cards for the performance benchmark.',
		'sources:',
		'  src:',
		'    kind: background',
		'    citation: Synthetic source for benchmarking.',
		'    url: https://example.org/bench',
		'    grade: High',
		'topics:',
		...Array.from({ length: 20 }, (_, t) => `  - { id: t${t}, title: Topic ${t} }`),
		'cards:'
	];
	const head = (id: string, kind: string, n: number) => [
		`  - id: ${id}`,
		`    kind: ${kind}`,
		`    topics: [t${n % 20}]`,
		'    facts: [B01]',
		'    sources: [{ ref: src }]'
	];
	for (let n = 0, made = 0; made < items; n++) {
		const k = n % 25;
		if (k < 2 && made + 2 <= items) {
			out.push(...head(`c${n}`, 'cloze', n));
			out.push(
				`    text: 'Card ${n}: {{c1::${sentence(r, 3)}}} ${sentence(r, 8)} {{c2::${sentence(r, 2)}}}.'`
			);
			made += 2;
		} else if (k === 2) {
			out.push(
				...head(`q${n}`, 'mcq', n),
				`    stem: 'Question ${n}: ${sentence(r, 14)}?'`,
				'    options:'
			);
			for (const o of ['a', 'b', 'c', 'd'])
				out.push(
					`      - { id: ${o}, text: '${sentence(r, 4)}', ${o === 'b' ? 'correct: true, ' : ''}why: '${sentence(r, 10)}.' }`
				);
			made++;
		} else {
			out.push(...head(`b${n}`, 'basic', n));
			out.push(`    front: 'Card ${n}: ${sentence(r, 12)}?'`, `    back: '${sentence(r, 20)}.'`);
			made++;
		}
	}
	return out.join('\n') + '\n';
}

/** Writes the deck for a bench build (`CASEDECK_DECKS_DIR`); returns the folder. */
export function writeDeck(dir: string, yaml: string): string {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `${DECK_ID}.yaml`), yaml);
	return dir;
}

/** Node timings need only items, so the deck is compiled with escaping instead of jsdom. */
const plain: MarkdownRenderer = {
	block: (m) => `<p>${m.replace(/</g, '&lt;')}</p>`,
	inline: (m) => m.replace(/</g, '&lt;')
};

/** Compiles the synthetic deck in Node (same parser and item expansion as the build). */
export function compileSynthetic(yaml: string): CompiledDeck {
	const parsed = parseDeckFile(yaml, `${DECK_ID}.yaml`);
	if (!parsed.ok) throw new Error(`synthetic deck is invalid: ${JSON.stringify(parsed.issues[0])}`);
	return compileDeck(parsed.deck, plain);
}

/** The deck cut to its first `n` items (DeckProgress reads only `id` and `items`). */
export const firstItems = (deck: Deck, n: number): Deck => ({
	...deck,
	items: deck.items.slice(0, n)
});

/**
 * A Map-backed KV with localStorage's costs (O(1) `key(i)`). The app's MemoryKV is built
 * for tests (its `key(i)` and quota check are O(n)) and would inflate Node timings.
 */
export class BenchKV implements KV {
	readonly #map = new Map<string, string>();
	#keys: string[] | undefined;
	get length() {
		return this.#map.size;
	}
	key(i: number) {
		this.#keys ??= [...this.#map.keys()];
		return this.#keys[i] ?? null;
	}
	getItem(k: string) {
		return this.#map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (!this.#map.has(k)) this.#keys = undefined;
		this.#map.set(k, String(v));
	}
	removeItem(k: string) {
		this.#keys = undefined;
		this.#map.delete(k);
	}
	/** An independent copy, so a measurement that answers leaves the collection as it was. */
	clone(): BenchKV {
		const c = new BenchKV();
		for (const [k, v] of this.#map) c.setItem(k, v);
		return c;
	}
}

export interface Collection {
	kv: BenchKV;
	deck: Deck;
	reviews: number;
	now: number;
}

/** Review times of one item: first seen months ago, then growing gaps up to a recent day. */
function itemTimes(r: () => number, k: number, now: number): number[] {
	const first = now - (30 + r() * 330) * DAY;
	const last = now - r() * 20 * DAY;
	const gaps = Array.from({ length: k - 1 }, (_, i) => 1.6 ** i * (0.8 + r() * 0.4));
	const total = gaps.reduce((s, g) => s + g, 0) || 1;
	const times = [first];
	for (const g of gaps) times.push(times[times.length - 1] + ((last - first) * g) / total);
	return times.map(Math.round);
}

/**
 * A collection of `reviews` reviews over `deck` (85 % of items studied, in deck order, the
 * rest still new) in two writers' logs, with the state cache as the app leaves it: a few
 * answers behind the log (it is saved every 10 answers).
 */
export function makeCollection(deck: Deck, reviews: number, now: number, seed = 7): Collection {
	const r = rng(seed);
	const studied = deck.items.slice(0, Math.ceil(deck.items.length * 0.85));
	const per = reviews / studied.length;
	const events: Omit<LogEvent, 'id'>[] = [];
	let left = reviews;
	studied.forEach((item, i) => {
		const k =
			i === studied.length - 1
				? left
				: Math.max(
						1,
						Math.min(left - (studied.length - 1 - i), Math.round(per * (0.4 + r() * 1.2)))
					);
		left -= k;
		const mcq = item.kind === 'mcq';
		for (const t of itemTimes(r, k, now)) {
			const x = r();
			const rating = (x < 0.1 ? 1 : x < 0.15 ? 2 : x < 0.95 ? 3 : 4) as Rating;
			const e: Omit<LogEvent, 'id'> = {
				item: itemKey(deck.id, item.id),
				kind: 'review',
				origin: 'study',
				t,
				tz: 0,
				rev: 1,
				rating,
				ms: Math.round(3000 + r() * 25_000)
			};
			if (mcq)
				Object.assign(e, {
					rating: rating === 1 ? 1 : 3,
					choice: [rating === 1 ? 'a' : 'b'],
					correct: rating !== 1
				});
			events.push(e);
		}
	});
	events.sort((a, b) => a.t - b.t);
	const kv = new BenchKV();
	kv.setItem('casedeck:meta', JSON.stringify({ v: 1, device: DEVICE }));
	const writers = WRITERS.map((w) => new LogWriter(kv, w, now));
	// Sessions alternate between the phone (3 of 4 days) and a laptop.
	const append = (e: Omit<LogEvent, 'id'>) => {
		const w = writers[Math.floor(e.t / DAY) % 4 === 3 ? 1 : 0];
		w.append({ ...e, id: w.nextId() });
	};
	const behind = Math.min(5, events.length);
	events.slice(0, events.length - behind).forEach(append);
	// The cache as the study page saves it: states and the log position they reflect.
	const reader = new LogReader(kv);
	const progress = new DeckProgress(deck, new Scheduler(DEFAULT_STUDY_SETTINGS));
	progress.load(reader.read(now).events);
	saveProgressCache(kv, deck.id, {
		deckRevision: deck.revision,
		schedulerKey: cacheKey(DEFAULT_STUDY_SETTINGS, deck),
		position: reader.position(),
		states: progress.packed()
	});
	events.slice(events.length - behind).forEach(append);
	return { kv, deck, reviews, now };
}

/** Every key of a KV, to inject into a browser's localStorage. */
export function dump(kv: KV): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < kv.length; i++) {
		const k = kv.key(i)!;
		out[k] = kv.getItem(k)!;
	}
	return out;
}
