import type { LogEvent } from '../log/index.ts';
import { decodeSegment, encodeSegment, ItemDictionary } from '../storage/log-codec.ts';

/**
 * One writer's events in a report: runs of consecutive sequence numbers, each `[first seq,
 * lines]` in the log's own compact encoding. Runs are needed because a report carries only
 * the assigned items' events, and the log encoding numbers events by their position.
 */
export interface WriterEvents {
	writer: string;
	runs: [number, string][];
}

const ID = /^([a-z0-9]+)\.(\d+)$/;

/** Groups events by writer into runs and encodes them with the log codec. */
export function encodeReportEvents(events: readonly LogEvent[]): WriterEvents[] {
	const byWriter = new Map<string, { seq: number; e: LogEvent }[]>();
	for (const e of events) {
		const m = ID.exec(e.id);
		if (!m) throw new Error(`event id "${e.id}" is not <writer>.<seq>`);
		let list = byWriter.get(m[1]);
		if (!list) byWriter.set(m[1], (list = []));
		list.push({ seq: Number(m[2]), e });
	}
	const out: WriterEvents[] = [];
	for (const writer of [...byWriter.keys()].sort()) {
		const list = byWriter.get(writer)!.sort((a, b) => a.seq - b.seq);
		const dict = new ItemDictionary();
		const runs: [number, string][] = [];
		for (let i = 0; i < list.length;) {
			let j = i + 1;
			while (j < list.length && list[j].seq === list[j - 1].seq + 1) j++;
			const run = list.slice(i, j).map((x) => x.e);
			runs.push([list[i].seq, encodeSegment(run, dict)]);
			i = j;
		}
		out.push({ writer, runs });
	}
	return out;
}

/** Decodes a report's events; throws a descriptive Error on anything malformed. */
export function decodeReportEvents(writers: readonly WriterEvents[]): LogEvent[] {
	const out: LogEvent[] = [];
	const seen = new Set<string>();
	for (const { writer, runs } of writers) {
		if (seen.has(writer)) throw new Error(`writer ${writer} is listed twice`);
		seen.add(writer);
		const dict = new ItemDictionary();
		let next = 0;
		for (const [seq0, text] of runs) {
			if (seq0 < next) throw new Error(`writer ${writer}: runs overlap or are out of order`);
			if (text === '') throw new Error(`writer ${writer}: empty run`);
			try {
				const events = decodeSegment(text, writer, seq0, dict);
				out.push(...events);
				next = seq0 + events.length;
			} catch (e) {
				throw new Error(`writer ${writer} from ${seq0}: ${(e as Error).message}`, { cause: e });
			}
		}
	}
	return out;
}
