import type { LogEvent } from '../../src/lib/log/index.ts';
import type { SessionEnv } from '../../src/lib/session/index.ts';
import {
	DEFAULT_SETTINGS,
	LogWriter,
	type KV,
	type LogReader
} from '../../src/lib/storage/index.ts';

/** The part of AppStore the core uses, over a MemoryKV. */
export function env(kv: KV, writer = 'dev0'): SessionEnv & { log: LogWriter | undefined } {
	return {
		kv,
		settings: { ...DEFAULT_SETTINGS, fuzz: false },
		readOnly: false,
		log: undefined,
		async openLog(now: number, reader?: LogReader) {
			this.log ??= new LogWriter(kv, writer, now, reader);
		},
		append(e: Omit<LogEvent, 'id'>) {
			const full = { ...e, id: this.log!.nextId() } as LogEvent;
			this.log!.append(full);
			return full;
		},
		reportUnreadable() {}
	};
}
