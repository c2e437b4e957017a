import { KEYS } from './keys.ts';
import { safeGet, type KV } from './kv.ts';

// Home reads this; the backup module (loaded with the settings page's backup) writes it.
const KEY = KEYS.backupAt;
const WEEK = 7 * 86_400_000;

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
