import { describe, expect, it } from 'vitest';
import { testDeck } from '../../../tests/unit/fixtures.ts';
import { MemoryKV } from '$lib/storage/index.ts';
import { AppStore } from './app.svelte.ts';
import { notices } from './notices.svelte.ts';
import { todayFigures } from './custom-study.ts';
import { StudySession } from './study.svelte.ts';

const T0 = Date.UTC(2026, 0, 5, 12);

async function open() {
	const app = new AppStore(new MemoryKV());
	app.updateSettings({ fuzz: false });
	let t = T0;
	const session = await StudySession.open(app, testDeck(), undefined, () => (t += 1000));
	await session.ready;
	return { app, session };
}

describe('StudySession undo', () => {
	it('undoes the latest action: a suspend (from its notice) and then an answer', async () => {
		const { app, session } = await open();
		session.reveal();
		session.rate(3); // test/a answered
		expect(session.currentKey).toBe('test/b');
		session.suspend();
		expect(session.currentKey).toBe('test/cz::c1');
		const notice = notices.list.find((n) => n.id === 'undo')!;
		expect(notice.text).toBe('Card suspended.');
		expect(notice.action?.label).toBe('Undo');
		notice.action!.run();
		expect(session.currentKey).toBe('test/b');
		expect(session.progressOf('b').suspended).toBe(false);
		expect(session.canUndo).toBe(true);
		expect(session.undo()).toBe(true); // the answer to a
		expect(session.currentKey).toBe('test/a');
		expect(session.answers).toHaveLength(0);
		expect(session.canUndo).toBe(false);
		expect(app.events.map((e) => e.kind)).toEqual(['review', 'suspend', 'undo', 'undo']);
	});

	it("practises today's misses without changing the schedule, and adds extra new cards", async () => {
		const app = new AppStore(new MemoryKV());
		app.updateSettings({ fuzz: false, newPerDay: 2 });
		let t = T0;
		const s = await StudySession.open(app, testDeck(), undefined, () => (t += 1000));
		await s.ready;
		s.reveal();
		s.rate(1); // a: missed
		s.reveal();
		s.rate(4); // b: right
		expect(todayFigures(s, t).misses).toEqual(['test/a']);
		const before = s.progressOf('a').state;
		expect(s.practise(todayFigures(s, t).misses)).toBe(true);
		expect(s.practising).toBe(true);
		expect(s.currentKey).toBe('test/a');
		s.reveal();
		expect(s.outcomes?.[3].interval).toBe(''); // practice promises no interval
		s.rate(3);
		expect(s.practising).toBe(false);
		expect(app.events.at(-1)).toMatchObject({ item: 'test/a', origin: 'practice', rating: 3 });
		expect(s.progressOf('a').state).toEqual(before);
		expect(todayFigures(s, t).today).toMatchObject({
			reviews: 2,
			practice: { reviews: 1, correct: 1 }
		});
		// The day's two new items are used: one extra brings the next card.
		expect(s.queue.counts.new).toBe(0);
		s.addExtraNew(1);
		expect(s.queue.counts.new).toBe(1);
		expect(s.queue.keys).toContain('test/cz::c1');
	});

	it('Flag writes a mark in one tap, keeps the card on screen, and its Undo takes it back', async () => {
		const { app, session } = await open();
		session.reveal();
		session.mark();
		expect(session.currentKey).toBe('test/a');
		expect(session.revealed).toBe(true);
		expect(app.events.at(-1)).toMatchObject({ kind: 'mark', item: 'test/a' });
		notices.list.find((n) => n.id === 'undo')!.action!.run();
		expect(app.events.at(-1)).toMatchObject({ kind: 'undo', target: app.events.at(-2)!.id });
		expect(session.revealed).toBe(true); // still mid-answer
		expect(session.canUndo).toBe(false);
	});
});
