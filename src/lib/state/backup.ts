import type { ImportResult } from '$lib/storage/index.ts';
import type { AppStore } from './app.svelte.ts';

// The settings page's backup actions. Kept out of AppStore so the study page's first load
// carries none of it; the backup codec (with zod) loads only when one is made or restored.

/** A backup of everything this browser holds, as file text; remembers that it was made. */
export async function backupText(app: AppStore, now: number): Promise<string> {
	app.log?.flush();
	const { exportBackup, markBackedUp } = await import('$lib/storage/backup.ts');
	const text = JSON.stringify(exportBackup(app.kv, now));
	markBackedUp(app.kv, now);
	return text;
}

/** Validates and merges a backup file's text (nothing changes on any error or when read-only). */
export async function restoreBackup(app: AppStore, text: string): Promise<ImportResult> {
	if (app.readOnly) return { ok: false, error: 'This tab is read-only: reload CaseDeck first.' };
	const { importBackup } = await import('$lib/storage/backup.ts');
	return importBackup(app.kv, text);
}

/** Everything kept aside as unreadable, as one JSON document to download. */
export async function unreadableText(app: AppStore): Promise<string> {
	const { quarantinedText } = await import('$lib/storage/backup.ts');
	return quarantinedText(app.kv);
}
