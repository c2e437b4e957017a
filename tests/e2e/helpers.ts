/**
 * Shared helpers for the browser suite: the bundled deck read from its YAML source (so the
 * expectations follow the deck), and page helpers that drive the study screen the way a
 * user would (accessible names only).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';
import { KEYS, PREFIX, SEGMENT_KEY } from '../../src/lib/storage/keys.ts';

export const DECK_ID = 'bkp-cement-leakage';
export const DECK_URL = `/decks/${DECK_ID}/`;
export const STUDY_URL = `/decks/${DECK_ID}/study/`;
export const studyUrl = (topic?: string) => (topic ? `${STUDY_URL}#topic=${topic}` : STUDY_URL);

// ---------------------------------------------------------------- the deck, from its source

interface YamlOption {
	id: string;
	text: string;
	correct?: boolean;
	why: string;
}
interface YamlCard {
	id: string;
	kind: 'basic' | 'cloze' | 'mcq' | 'level' | 'vignette';
	topics: string[];
	inference?: boolean;
	text?: string;
	options?: YamlOption[];
	answer?: string[];
	title?: string;
	steps?: { id: string; question: { kind: 'mcq' | 'recall'; options?: YamlOption[] } }[];
}
interface YamlDeck {
	id: string;
	revision: number;
	reviewed: string;
	title: string;
	disclaimer?: string;
	topics: { id: string; title: string }[];
	cards: YamlCard[];
}

/** One review item, as the app compiles it (cloze gap, vignette step or whole card). */
export interface DeckItem {
	id: string;
	cardId: string;
	kind: YamlCard['kind'];
	/** How the item is answered on screen. */
	mode: 'recall' | 'mcq' | 'level';
	topics: string[];
	/** Id of the correct option (mcq); where it shows depends on the shuffle: see shownCorrect. */
	correctId?: string;
	/** Correct levels (level). */
	levels?: string[];
	inference: boolean;
}

const deckPath = fileURLToPath(new URL(`../../decks/${DECK_ID}.yaml`, import.meta.url));
export const deckSource = parse(readFileSync(deckPath, 'utf8')) as YamlDeck;

function clozeNumbers(text: string): number[] {
	return [...new Set([...text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])))].sort(
		(a, b) => a - b
	);
}

export const deckItems: DeckItem[] = deckSource.cards.flatMap((c): DeckItem[] => {
	const base = { cardId: c.id, kind: c.kind, topics: c.topics, inference: c.inference === true };
	switch (c.kind) {
		case 'cloze':
			return clozeNumbers(c.text!).map((n) => ({ ...base, id: `${c.id}::c${n}`, mode: 'recall' }));
		case 'vignette':
			return c.steps!.map((s) => ({
				...base,
				id: `${c.id}::${s.id}`,
				mode: s.question.kind === 'mcq' ? 'mcq' : 'recall',
				correctId: s.question.options?.find((o) => o.correct)?.id
			}));
		case 'mcq':
			return [{ ...base, id: c.id, mode: 'mcq', correctId: c.options!.find((o) => o.correct)?.id }];
		case 'level':
			return [{ ...base, id: c.id, mode: 'level', levels: c.answer }];
		default:
			return [{ ...base, id: c.id, mode: 'recall' }];
	}
});

/**
 * A fresh collection's new items in queue order: deck order, one item per card a day (a cloze
 * card's other gaps wait for another day), a vignette's steps together.
 */
export const firstDayItems: DeckItem[] = deckItems.filter(
	(i, n) => i.kind === 'vignette' || deckItems.findIndex((j) => j.cardId === i.cardId) === n
);
/** Every item of a topic, in deck order (what the deck page counts). */
export const allTopicItems = (topic: string) => deckItems.filter((i) => i.topics.includes(topic));
/** A fresh collection's first-day items of a topic, in queue order. */
export const topicItems = (topic: string) => firstDayItems.filter((i) => i.topics.includes(topic));
export const topicTitle = (topic: string) => deckSource.topics.find((t) => t.id === topic)!.title;
export const NEW_PER_DAY = 20;

// ---------------------------------------------------------------- page helpers

/** Opens the study page (optionally one topic) and waits for the session to load. */
export async function openStudy(page: Page, topic?: string): Promise<void> {
	await page.goto(studyUrl(topic));
	await expect(remaining(page)).toBeVisible();
}

/** The "N learning · N review · N new" line. */
export const remaining = (page: Page): Locator => page.getByLabel('Remaining today');

/** Parses the remaining-today counts. */
export async function counts(
	page: Page
): Promise<{ learning: number; review: number; new: number }> {
	const text = (await remaining(page).innerText()).replace(/\s+/g, ' ');
	const m = /(\d+) learning · (\d+) review · (\d+) new/.exec(text);
	if (!m) throw new Error(`unexpected counts line: "${text}"`);
	return { learning: Number(m[1]), review: Number(m[2]), new: Number(m[3]) };
}

export async function expectCounts(
	page: Page,
	want: { learning: number; review: number; new: number }
): Promise<void> {
	await expect.poll(() => counts(page), { message: 'remaining-today counts' }).toEqual(want);
}

export const showAnswer = (page: Page) => page.getByRole('button', { name: 'Show answer' });
export const checkAnswer = (page: Page) => page.getByRole('button', { name: 'Check answer' });
export const nextButton = (page: Page) => page.getByRole('button', { name: 'Next', exact: true });
export const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo last answer' });
export const optionList = (page: Page) => page.getByRole('list', { name: 'Answer options' });
export const levelGroup = (page: Page) => page.getByRole('group', { name: 'Vertebral levels' });
export const ratingBar = (page: Page) => page.getByRole('group', { name: 'Rate your recall' });
export const summaryHeading = (page: Page) =>
	page.getByRole('heading', { name: 'Session complete' });
export const sourcesHeading = (page: Page) => page.getByRole('heading', { name: 'Sources' });

const RATING_WORD = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const;
export type Rating = keyof typeof RATING_WORD;
/** A rating button ("Good, 10m"). */
export const rateButton = (page: Page, r: Rating) =>
	ratingBar(page).getByRole('button', { name: new RegExp(`^${RATING_WORD[r]}\\b`) });
/** Option button A–E (0-based index). */
export const optionButton = (page: Page, i: number) =>
	optionList(page).getByRole('button', { name: new RegExp(`^${String.fromCharCode(65 + i)}\\.`) });
export const levelBox = (page: Page, level: string) =>
	levelGroup(page).getByRole('checkbox', { name: level, exact: true });

export type Screen = 'recall' | 'mcq' | 'level' | 'done';

/** Which kind of item is on screen, or 'done' when the session summary shows. */
export async function screen(page: Page): Promise<Screen> {
	const any = showAnswer(page)
		.or(optionList(page))
		.or(levelGroup(page))
		.or(summaryHeading(page))
		.first();
	await expect(any).toBeVisible();
	if (await summaryHeading(page).isVisible()) return 'done';
	if (await showAnswer(page).isVisible()) return 'recall';
	if (await optionList(page).isVisible()) return 'mcq';
	return 'level';
}

/** Text identifying the item on screen: its heading plus its prompt. */
export async function itemText(page: Page): Promise<string> {
	const article = page.locator('article.item');
	await expect(article).toBeVisible();
	const heading = await article.locator('#item-heading').innerText();
	const prompt = await article.locator('.prompt').innerText();
	return `${heading}\n${prompt}`.replace(/\s+/g, ' ').trim();
}

/** Reveals a recall item and rates it. */
export async function answerRecall(page: Page, rating: Rating = 3): Promise<void> {
	await showAnswer(page).click();
	await expect(sourcesHeading(page)).toBeVisible();
	await rateButton(page, rating).click();
}

/** Where the item's correct option is shown (0-based): options are shuffled per presentation. */
export async function shownCorrect(page: Page, item: DeckItem): Promise<number> {
	const buttons = optionList(page).locator('button[data-option]');
	await buttons.first().waitFor();
	const ids = await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-option')));
	const i = ids.indexOf(item.correctId ?? '');
	if (i < 0) throw new Error(`${item.id}: correct option ${item.correctId} not shown (${ids})`);
	return i;
}

/** Chooses option `index`, checks, optionally re-rates, then presses Next. */
export async function answerMcq(page: Page, index: number, rerate?: Rating): Promise<void> {
	await optionButton(page, index).click();
	await checkAnswer(page).click();
	await expect(page.getByRole('status').filter({ hasText: /✓ Correct|✗ Incorrect/ })).toBeVisible();
	if (rerate) {
		await rateButton(page, rerate).click();
		await expect(rateButton(page, rerate)).toHaveAttribute('aria-pressed', 'true');
	}
	await nextButton(page).click();
}

/** Ticks the given levels in the accessible list and checks. */
export async function answerLevel(page: Page, levels: string[], rerate?: Rating): Promise<void> {
	for (const l of levels) await levelBox(page, l).check();
	await checkAnswer(page).click();
	await expect(page.getByRole('status').filter({ hasText: /✓ Correct|✗ Incorrect/ })).toBeVisible();
	if (rerate) await rateButton(page, rerate).click();
	await nextButton(page).click();
}

/**
 * Answers whatever is on screen correctly, rated `rating` (choice items are re-rated when
 * `rating` differs from the automatic Good). Needs the expected item to pick the right choice.
 */
export async function answerItem(page: Page, item: DeckItem, rating: Rating = 3): Promise<void> {
	const s = await screen(page);
	expect(s, `screen for ${item.id}`).toBe(item.mode);
	if (item.mode === 'recall') await answerRecall(page, rating);
	else if (item.mode === 'mcq')
		await answerMcq(page, await shownCorrect(page, item), rating === 3 ? undefined : rating);
	else await answerLevel(page, item.levels!, rating === 3 ? undefined : rating);
}

/** Every `casedeck:` key and value in localStorage. */
export async function storage(page: Page): Promise<Record<string, string>> {
	return page.evaluate((prefix) => {
		const out: Record<string, string> = {};
		for (let i = 0; i < localStorage.length; i++) {
			const k = localStorage.key(i)!;
			if (k.startsWith(prefix)) out[k] = localStorage.getItem(k)!;
		}
		return out;
	}, PREFIX);
}

/** Every event line of the review log, across writers and segments. */
export async function logLines(page: Page): Promise<string[]> {
	const kv = await storage(page);
	return Object.entries(kv)
		.filter(([k]) => SEGMENT_KEY.test(k))
		.sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
		.flatMap(([, v]) => (v === '' ? [] : v.split('\n')));
}

/** Sets "New items per day" on the Settings page. */
export async function setNewPerDay(page: Page, n: number): Promise<void> {
	await page.goto('/settings/');
	const input = page.getByLabel('New items per day');
	await input.fill(String(n));
	await input.press('Tab');
	await expect
		.poll(async () => JSON.parse((await storage(page))[KEYS.settings] ?? '{}').newPerDay)
		.toBe(n);
}

/**
 * Runs a short whole-deck session to its summary: two new items a day; the first is missed
 * (Again), then everything is rated Easy so nothing stays in learning.
 */
export async function completeShortSession(page: Page): Promise<void> {
	await setNewPerDay(page, 2);
	await openStudy(page);
	await expectCounts(page, { learning: 0, review: 0, new: 2 });
	const [first, second] = firstDayItems;
	await answerItem(page, first, 1);
	await answerItem(page, second, 4);
	// The missed item's 1-minute learning step is shown early (learn-ahead) once nothing else is left.
	await expect(page.locator('article.item .prompt')).toBeVisible();
	await answerItem(page, first, 4);
	await expect(summaryHeading(page)).toBeVisible();
}

/** The right/wrong verdict shown after "Check answer". */
export const verdict = (page: Page) =>
	page.getByRole('status').filter({ hasText: /✓ Correct|✗ Incorrect/ });
