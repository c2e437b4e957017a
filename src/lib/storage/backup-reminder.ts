import { KEYS } from './keys.ts';
import { safeGet, safeSet, type KV } from './kv.ts';

const KEY = KEYS.backupAt;
const WEEK = 7 * 86_400_000;

/** Remembers that a backup was just downloaded. */
export function markBackedUp(kv: KV, now: number): void {
	safeSet(kv, KEY, String(now));
}

/** When the last backup was downloaded, if ever. */
export function lastBackupAt(kv: KV): number | undefined {
	const n = Number(safeGet(kv, KEY));
	return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Whether home should remind the user to back up: they have progress and no backup in the
 * last 7 days (Safari may delete a site's data after 7 days without a visit).
 */
export function backupDue(last: number | undefined, now: number, hasProgress: boolean): boolean {
	return hasProgress && (last === undefined || now - last >= WEEK);
}
