import { KEYS } from './keys.ts';
import { safeGet, safeSet, type KV } from './kv.ts';
import { migrate } from './migrations.ts';

/**
 * Version of the stored data layout this code reads and writes. 2: the log is extensible
 * (docs/formats/review-log.md); new event kinds, origins and fields need no new version.
 */
export const STORAGE_VERSION = 2;

const META = KEYS.meta;
// Checked by hand, like every codec on the study path: zod would add ~6 KB to first load.
function parseMeta(raw: string): { v: number; device: string } | undefined {
	const m = JSON.parse(raw) as { v?: unknown; device?: unknown } | null;
	if (typeof m !== 'object' || m === null) return undefined;
	if (!Number.isInteger(m.v) || typeof m.device !== 'string' || !/^[a-z0-9]{4,12}$/.test(m.device))
		return undefined;
	return { v: m.v as number, device: m.device };
}

/** How this tab may use stored data. */
export type StorageAccess =
	| { mode: 'ok'; device: string }
	/** Written by a newer app version: read-only until reload. */
	| { mode: 'newer'; device: string; version: number }
	/** Storage cannot be written at all (disabled, private mode): progress stays in memory. */
	| { mode: 'unavailable'; device: string };

/** A short random id of base36 characters. */
export function randomId(length: number, random: () => number = Math.random): string {
	let s = '';
	while (s.length < length) s += Math.floor(random() * 36).toString(36);
	return s;
}

/**
 * The layout version stored now, if readable: a tab re-checks it when another tab writes
 * meta (the `storage` event), since a newer tab may have raised it while this one was open.
 */
export function readVersion(kv: KV): number | undefined {
	const raw = safeGet(kv, META);
	try {
		return raw === null ? undefined : parseMeta(raw)?.v;
	} catch {
		return undefined;
	}
}

/** Reads (or creates) the device id and checks the stored data version. */
export function openMeta(kv: KV, random?: () => number): StorageAccess {
	const raw = safeGet(kv, META);
	if (raw !== null) {
		try {
			const meta = parseMeta(raw);
			if (!meta) throw new Error('bad meta');
			if (meta.v > STORAGE_VERSION) return { mode: 'newer', device: meta.device, version: meta.v };
			if (meta.v < STORAGE_VERSION) {
				const reached = migrate(kv, meta.v, STORAGE_VERSION);
				safeSet(kv, META, JSON.stringify({ v: reached, device: meta.device }));
			}
			return { mode: 'ok', device: meta.device };
		} catch {
			/* unreadable meta: a new device id; the log keeps its writers' own ids */
		}
	}
	const device = randomId(6, random);
	const saved = safeSet(kv, META, JSON.stringify({ v: STORAGE_VERSION, device }));
	return saved.ok ? { mode: 'ok', device } : { mode: 'unavailable', device };
}

/**
 * The same storage, but writes and removals are refused (they throw, which `safeSet` turns
 * into a result) while `locked()` says so: a tab that found data of a newer version, at start
 * or later, must change nothing, not even to quarantine what it cannot read.
 */
export function guardWrites(kv: KV, locked: () => boolean): KV {
	const refuse = () => {
		throw new Error('read-only: data of a newer version');
	};
	return {
		get length() {
			return kv.length;
		},
		key: (i) => kv.key(i),
		getItem: (k) => kv.getItem(k),
		setItem: (k, v) => (locked() ? refuse() : kv.setItem(k, v)),
		removeItem: (k) => (locked() ? refuse() : kv.removeItem(k))
	};
}
