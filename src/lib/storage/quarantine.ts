import { KEYS, QUARANTINE_PREFIX as Q, quarantineKey } from './keys.ts';
import { safeGet, safeSet, type KV } from './kv.ts';

/** A piece of stored data that failed validation, kept aside for the user. */
export interface QuarantineEntry {
	key: string;
	reason: string;
	at: number;
}

/**
 * Moves bad data aside (`casedeck:quarantine:<key>`); if there is no room, marks it in place
 * by recording the key in the quarantine index. Never deletes the user's data.
 */
export function quarantine(kv: KV, key: string, reason: string, now: number): QuarantineEntry {
	const value = safeGet(kv, key);
	const entry: QuarantineEntry = { key, reason, at: now };
	if (value !== null && !key.startsWith(Q)) {
		const moved = safeSet(kv, quarantineKey(key), value);
		if (moved.ok) kv.removeItem(key);
		else entry.key = key; // stays in place, listed below
	}
	const list = listQuarantine(kv).filter((e) => e.key !== key);
	list.push({ ...entry, key });
	safeSet(kv, KEYS.quarantineIndex, JSON.stringify(list));
	return entry;
}

/** Everything quarantined so far. */
export function listQuarantine(kv: KV): QuarantineEntry[] {
	try {
		const v = JSON.parse(safeGet(kv, KEYS.quarantineIndex) ?? '[]');
		return Array.isArray(v) ? v.filter((e) => typeof e?.key === 'string') : [];
	} catch {
		return [];
	}
}
