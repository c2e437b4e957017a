// A test helper, not app code: a reader and a writer in one, so a test (or the bench) can
// write a collection and read it back in two lines. It lives beside the tests so the app's
// storage surface stays what the app uses.
import type { LogEvent } from '../../src/lib/log/index.ts';
import type { WriteResult } from '../../src/lib/storage/kv.ts';
import { LogReader, LogWriter, type LogPosition } from '../../src/lib/storage/log-store.ts';
import type { QuarantineEntry } from '../../src/lib/storage/quarantine.ts';
import type { KV } from '../../src/lib/storage/kv.ts';

/**
 * A writer and a reader in one: reads everything (including this writer's earlier events)
 * and appends as `writer`; events it appended itself are not returned by {@link read}.
 */
export class LogStore {
	readonly #reader: LogReader;
	readonly #kv: KV;
	readonly writer: string;
	#writer: LogWriter | undefined;
	#ownFrom = 0;

	constructor(kv: KV, writer: string) {
		if (!/^[a-z0-9]+$/.test(writer)) throw new Error(`bad writer id "${writer}"`);
		this.#kv = kv;
		this.writer = writer;
		this.#reader = new LogReader(kv);
	}

	#w(): LogWriter {
		if (!this.#writer) {
			this.#writer = new LogWriter(this.#kv, this.writer);
			this.#ownFrom = this.#writer.count;
		}
		return this.#writer;
	}

	/** New events of every writer (see {@link LogReader.read}). */
	read(now: number, since?: LogPosition): { events: LogEvent[]; problems: QuarantineEntry[] } {
		const r = this.#reader.read(now, since);
		const mine = `${this.writer}.`;
		const known = this.#writer ? this.#ownFrom : Infinity;
		return {
			events: r.events.filter(
				(e) => !e.id.startsWith(mine) || Number(e.id.slice(mine.length)) < known
			),
			problems: r.problems
		};
	}

	/** See {@link LogWriter.nextId}. */
	nextId(): string {
		return this.#w().nextId();
	}

	/** See {@link LogWriter.append}. */
	append(event: LogEvent): WriteResult {
		return this.#w().append(event);
	}

	/** See {@link LogWriter.flush}. */
	flush(): WriteResult {
		return this.#w().flush();
	}

	/** See {@link LogWriter.unsaved}. */
	get unsaved(): boolean {
		return this.#writer?.unsaved ?? false;
	}

	/** Events read or written per writer. */
	position(): LogPosition {
		const p = this.#reader.position();
		if (this.#writer) p[this.writer] = Math.max(p[this.writer] ?? 0, this.#writer.count);
		return p;
	}
}
