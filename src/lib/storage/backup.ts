import * as z from 'zod/mini';
import type { LogEvent } from '../log/index.ts';
import { KEYS, LOG_PREFIX, parseSegmentKey, quarantineKey, segmentKey } from './keys.ts';
import { keysWithPrefix, safeGet, safeSet, type KV } from './kv.ts';
import { decodeSegment, encodeSegment, ItemDictionary, SEGMENT_SIZE } from './log-codec.ts';
import { listQuarantine } from './quarantine.ts';
import { loadSettings, parseSettings, saveSettings, type AppSettings } from './settings.ts';

/** Version of the backup file format. */
export const BACKUP_VERSION = 1;

/** A backup file: every stored thing a user would miss, in one versioned JSON document. */
export interface Backup {
	app: 'casedeck';
	kind: 'backup';
	version: number;
	exportedAt: string;
	settings: AppSettings;
	/** Log segments per writer, in the compact stored encoding. */
	log: Record<string, string[]>;
	/** Data that was kept aside as unreadable, so a backup never loses it either. */
	quarantine: { key: string; reason: string; at: number; value: string | null }[];
}

// Lives here, not in quarantine.ts, so it loads with the settings page's backup code, not
// with every page that lists what was quarantined.
/** The raw text of quarantined data, for download. */
export function quarantinedText(kv: KV): string {
	return JSON.stringify(
		listQuarantine(kv).map((e) => ({
			...e,
			value: safeGet(kv, quarantineKey(e.key)) ?? safeGet(kv, e.key)
		})),
		null,
		2
	);
}

/** Remembers that a backup was just downloaded (home's reminder reads it). */
export function markBackedUp(kv: KV, now: number): void {
	safeSet(kv, KEYS.backupAt, String(now));
}

/** Collects everything into a backup document. */
export function exportBackup(kv: KV, now: number): Backup {
	const log: Record<string, string[]> = {};
	for (const k of keysWithPrefix(kv, LOG_PREFIX)) {
		const s = parseSegmentKey(k);
		if (s) (log[s.writer] ??= [])[s.n] = safeGet(kv, k) ?? '';
	}
	for (const w of Object.keys(log)) log[w] = Array.from(log[w], (s) => s ?? '');
	return {
		app: 'casedeck',
		kind: 'backup',
		version: BACKUP_VERSION,
		exportedAt: new Date(now).toISOString(),
		settings: loadSettings(kv).settings,
		log,
		quarantine: listQuarantine(kv).map((e) => ({
			...e,
			value: safeGet(kv, quarantineKey(e.key)) ?? safeGet(kv, e.key)
		}))
	};
}

const envelope = z.object({
	app: z.literal('casedeck', { error: 'not a CaseDeck backup' }),
	kind: z.literal('backup', { error: 'not a backup file' }),
	version: z.int(),
	exportedAt: z.string(),
	settings: z.unknown(),
	log: z.record(z.string().check(z.regex(/^[a-z0-9]+$/, 'bad writer id')), z.array(z.string())),
	quarantine: z.optional(
		z.array(
			z.object({
				key: z.string(),
				reason: z.string(),
				at: z.number(),
				value: z.nullable(z.string())
			})
		)
	)
});

/** What an import did, or why it did nothing. */
export type ImportResult =
	| { ok: true; added: number; skipped: number; writers: number; renamed: string[] }
	| { ok: false; error: string };

/** Decodes one writer's segments; throws with the segment and line on bad data. */
function decodeWriter(writer: string, segments: string[]): LogEvent[] {
	const dict = new ItemDictionary();
	const out: LogEvent[] = [];
	segments.forEach((text, n) => {
		try {
			const events = decodeSegment(text, writer, n * SEGMENT_SIZE, dict);
			if (events.length !== SEGMENT_SIZE && n < segments.length - 1)
				throw new Error('segment is not full');
			out.push(...events);
		} catch (e) {
			throw new Error(`log ${writer} segment ${n}: ${(e as Error).message}`, { cause: e });
		}
	});
	return out;
}

const sameEvent = (a: LogEvent, b: LogEvent) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Validates a backup file and merges it: events already present are skipped, new ones are
 * added. A writer whose history conflicts with this browser's is imported under a new writer
 * id (its own references renamed), so nothing is lost or duplicated. On any error, storage
 * is left untouched.
 */
export function importBackup(
	kv: KV,
	text: string,
	random: () => number = Math.random
): ImportResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, error: 'The file is not valid JSON (is it a CaseDeck backup?).' };
	}
	const parsed = envelope.safeParse(raw);
	if (!parsed.success) {
		const i = parsed.error.issues[0];
		return { ok: false, error: `Not a valid backup: ${i.path.join('.') || 'file'}: ${i.message}` };
	}
	const b = parsed.data;
	if (b.version > BACKUP_VERSION)
		return {
			ok: false,
			error: `This backup was made by a newer CaseDeck (format ${b.version}). Update first.`
		};
	const settings = parseSettings(b.settings);
	// Decode everything first: a bad file must not leave half an import behind.
	const incoming = new Map<string, LogEvent[]>();
	try {
		for (const [w, segs] of Object.entries(b.log)) incoming.set(w, decodeWriter(w, segs));
	} catch (e) {
		return { ok: false, error: `Not a valid backup: ${(e as Error).message}` };
	}
	const writes: [string, string][] = [];
	let added = 0;
	let skipped = 0;
	const renamed: string[] = [];
	for (const [w, events] of incoming) {
		const segs: string[] = [];
		for (let n = 0; ; n++) {
			const s = safeGet(kv, segmentKey(w, n));
			if (s === null) break;
			segs.push(s);
		}
		let local: LogEvent[];
		try {
			local = decodeWriter(w, segs);
		} catch {
			local = []; // unreadable local series: keep it, import beside it
			if (segs.length) {
				renamed.push(w);
				added += writeSeries(
					writes,
					rename(events, w, `${w}x${Math.floor(random() * 1e6).toString(36)}`)
				);
				continue;
			}
		}
		const overlap = Math.min(local.length, events.length);
		const prefixEqual = events.slice(0, overlap).every((e, i) => sameEvent(e, local[i]));
		if (prefixEqual) {
			skipped += overlap;
			if (events.length > local.length) {
				added += events.length - local.length;
				writeSeries(writes, events, w);
			}
		} else {
			const fresh = `${w}x${Math.floor(random() * 1e6).toString(36)}`;
			renamed.push(w);
			added += writeSeries(writes, rename(events, w, fresh));
		}
	}
	for (const [k, v] of writes) {
		const r = safeSet(kv, k, v);
		if (!r.ok)
			return {
				ok: false,
				error: `Storage is full: the import stopped (${r.message}). Free space and import again; nothing is duplicated.`
			};
	}
	if (settings) saveSettings(kv, settings);
	for (const q of b.quarantine ?? [])
		if (q.value !== null && safeGet(kv, quarantineKey(q.key)) === null)
			safeSet(kv, quarantineKey(q.key), q.value);
	return { ok: true, added, skipped, writers: incoming.size, renamed };
}

/** Re-ids a writer's events (and its references to itself) as another writer's. */
function rename(events: LogEvent[], from: string, to: string): LogEvent[] {
	const swap = (id: string) =>
		id.startsWith(`${from}.`) ? `${to}.${id.slice(from.length + 1)}` : id;
	return events.map((e) => ({
		...e,
		id: swap(e.id),
		...(e.target ? { target: swap(e.target) } : {})
	}));
}

/** Queues the segments of a whole series for writing; returns the event count. */
function writeSeries(writes: [string, string][], events: LogEvent[], writer?: string): number {
	const w = writer ?? events[0]?.id.split('.')[0];
	if (!w) return 0;
	const dict = new ItemDictionary();
	for (let s = 0; s < events.length; s += SEGMENT_SIZE)
		writes.push([
			segmentKey(w, s / SEGMENT_SIZE),
			encodeSegment(events.slice(s, s + SEGMENT_SIZE), dict)
		]);
	return events.length;
}
