import { describe, expect, it } from 'vitest';
import { DAY, MIN, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import { DeckContent } from '$lib/deck/index.ts';
import type { LogEvent } from '$lib/log/index.ts';
import { loadSummaries, LogWriter, MemoryKV, type KV } from '$lib/storage/index.ts';
import { AppStore } from './app.svelte.ts';
import { CardBrowser } from './browser.svelte.ts';
import { notices } from './notices.svelte.ts';

const deck = testDeck();

/** Another tab's earlier study: a answered, b suspended, cz::c1 reported and flagged. */
function seed(kv: KV): void {
	const w = new LogWriter(kv, 'seed0', T0 - DAY);
	const base = { origin: 'study', tz: 0, rev: 1 } as const;
	const add = (p: Omit<LogEvent, 'id' | 'origin' | 'tz' | 'rev'>) =>
		w.append({ ...base, ...p, id: w.nextId() });
	add({ item: 'test/a', kind: 'review', rating: 3, t: T0 - DAY });
	add({ item: 'test/b', kind: 'suspend', t: T0 - DAY + MIN });
	add({ item: 'test/cz::c1', kind: 'flag', note: 'Typo in the gap', t: T0 - DAY + 2 * MIN });
	add({ item: 'test/cz::c1', kind: 'mark', t: T0 - DAY + 3 * MIN });
	w.flush();
}

async function open(kv: KV, clock: () => number) {
	const app = new AppStore(kv);
	app.updateSettings({ fuzz: false });
	const content = new DeckContent({ items: deck.items, parts: [0] }, async () => ({
		cards: deck.cards,
		sources: deck.sources
	}));
	const browser = await CardBrowser.open(app, deck, content, clock);
	return { app, browser };
}

const row = (b: CardBrowser, id: string) => b.rows.find((r) => r.item.id === id)!;
const ids = (b: CardBrowser) => b.visible.map((r) => r.item.id);

describe('CardBrowser', () => {
	it('each action is one log event, with an Undo notice, and a reopen shows what it left', async () => {
		const kv = new MemoryKV();
		seed(kv);
		let t = T0;
		const clock = () => (t += 1000);
		const { app, browser } = await open(kv, clock);
		expect(row(browser, 'a')).toMatchObject({ state: 'learning', prompt: 'A?', answer: 'A' });
		expect(row(browser, 'cz::c1')).toMatchObject({
			marked: true,
			report: { text: 'Typo in the gap' }
		});

		browser.state = 'suspended';
		expect(ids(browser)).toEqual(['b']);
		browser.toggle('test/b');
		browser.unsuspend('test/b');
		// The row open stays listed though it no longer matches, so the action does not hide it.
		expect(ids(browser)).toEqual(['b']);
		expect(row(browser, 'b').suspended).toBe(false);
		const notice = notices.list.find((n) => n.id === 'browse')!;
		expect(notice).toMatchObject({ text: 'Card unsuspended.', action: { label: 'Undo' } });
		browser.closeRow();
		expect(ids(browser)).toEqual([]);

		browser.state = 'all';
		browser.query = 'typo'; // not in the card's text: the report is not searched
		expect(ids(browser)).toEqual([]);
		browser.query = '[…]';
		expect(ids(browser)).toEqual(['cz::c1', 'cz::c2']);
		browser.query = '';

		browser.unmark('test/cz::c1');
		browser.saveNote('test/cz::c1', '  remember the gap  ');
		browser.saveNote('test/cz::c1', 'remember the gap'); // unchanged: nothing logged
		browser.forget('test/a');
		expect(row(browser, 'a').state).toBe('new');
		expect(app.events.map((e) => [e.kind, e.item, e.origin, e.note])).toEqual([
			['unsuspend', 'test/b', 'study', undefined],
			['unmark', 'test/cz::c1', 'study', undefined],
			['note', 'test/cz::c1', 'study', 'remember the gap'],
			['forget', 'test/a', 'study', undefined]
		]);
		expect(notices.list.find((n) => n.id === 'browse')?.text).toBe(
			'Card forgotten: it comes back as new.'
		);
		// Home's counts were saved with the action, not left to idle time.
		expect(loadSummaries(kv)['test']).toBeDefined();

		// Undo (the notice's) takes back the forget, then the note.
		notices.list.find((n) => n.id === 'browse')!.action!.run();
		expect(row(browser, 'a').state).toBe('learning');
		expect(app.events.at(-1)).toMatchObject({ kind: 'undo', target: app.events.at(-2)!.id });
		expect(browser.undo()).toBe(true);
		expect(row(browser, 'cz::c1').personalNote).toBeUndefined();
		browser.saveNote('test/cz::c1', 'second thought');
		browser.close();
		expect(kv.getItem('casedeck:cache:test')).not.toBeNull();

		// A reload: progress from the state cache, marks and notes from the whole log.
		const again = (await open(kv, clock)).browser;
		expect(row(again, 'a').state).toBe('learning');
		expect(row(again, 'b').suspended).toBe(false);
		expect(row(again, 'cz::c1')).toMatchObject({
			marked: false,
			personalNote: 'second thought',
			report: { text: 'Typo in the gap', at: T0 - DAY + 2 * MIN }
		});
		again.close();
	});

	it('exports the reported problems, and Remove report clears one', async () => {
		const kv = new MemoryKV();
		seed(kv);
		const { app, browser } = await open(kv, () => T0);
		expect(browser.reported.map((r) => r.item.id)).toEqual(['cz::c1']);
		expect(browser.reports()).toEqual({
			format: 'casedeck-problem-reports',
			version: 1,
			deck: { id: 'test', revision: 1 },
			exportedAt: new Date(T0).toISOString(),
			reports: [
				{
					item: 'cz::c1',
					card: 'cz',
					text: 'Typo in the gap',
					reportedAt: new Date(T0 - DAY + 2 * MIN).toISOString()
				}
			]
		});
		expect(browser.reportsText()).toContain('Report: Typo in the gap');
		browser.removeReport('test/cz::c1');
		expect(app.events.at(-1)).toMatchObject({ kind: 'unflag', item: 'test/cz::c1' });
		expect(browser.reported).toEqual([]);
		browser.close();
	});

	it('sees what another tab writes', async () => {
		const kv = new MemoryKV();
		const { browser } = await open(kv, () => T0);
		expect(row(browser, 'b').marked).toBe(false);
		const w = new LogWriter(kv, 'other0', T0);
		w.append({
			id: w.nextId(),
			item: 'test/b',
			kind: 'mark',
			origin: 'study',
			t: T0,
			tz: 0,
			rev: 1
		});
		w.flush();
		globalThis.dispatchEvent(new StorageEvent('storage', { key: 'casedeck:log:other0:0' }));
		expect(row(browser, 'b').marked).toBe(true);
		browser.close();
	});
});
