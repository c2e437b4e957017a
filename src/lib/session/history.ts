import type { Deck } from '../deck/index.ts';
import { itemKey, type LogEvent } from '../log/index.ts';
import { LogReader, type KV } from '../storage/index.ts';

/**
 * Every event of one deck's items, from the whole log, kept current: what the state cache
 * does not hold (personal marks and notes, when a problem was reported, today's answers).
 * DeckProgress keeps only the events after its cache's position, so a screen that needs an
 * item's whole story (the card browser) reads the log once more, in slices, with its own
 * reader; later reads return only what was added since (this tab's or another's).
 */
export class DeckHistory {
	readonly #reader: LogReader;
	readonly #prefix: string;
	readonly #events = new Map<string, LogEvent[]>();
	readonly #ids = new Set<string>();

	private constructor(kv: KV, deck: Deck) {
		this.#reader = new LogReader(kv);
		this.#prefix = itemKey(deck.id, '');
	}

	/** Reads the whole log for `deck`'s items, awaiting `pause` between slices. */
	static async open(
		kv: KV,
		deck: Deck,
		now: number,
		pause: () => Promise<void>
	): Promise<DeckHistory> {
		const h = new DeckHistory(kv, deck);
		// Unreadable parts were quarantined and reported by openDeckProgress's own read.
		const { events } = await h.#reader.readInSlices(now, {}, pause);
		h.add(events);
		return h;
	}

	/** An item's events, in the order they were added. */
	events(key: string): readonly LogEvent[] {
		return this.#events.get(key) ?? [];
	}

	/** Adds events (of any deck: others are skipped, repeats too); returns the keys touched. */
	add(events: readonly LogEvent[]): string[] {
		const touched = new Set<string>();
		for (const e of events) {
			if (!e.item.startsWith(this.#prefix) || this.#ids.has(e.id)) continue;
			this.#ids.add(e.id);
			const list = this.#events.get(e.item);
			if (list) list.push(e);
			else this.#events.set(e.item, [e]);
			touched.add(e.item);
		}
		return [...touched];
	}

	/** Reads what was appended to the log since the last read; returns the keys touched. */
	refresh(now: number): string[] {
		return this.add(this.#reader.read(now).events);
	}
}
