// Home's state, deliberately light: it reads only the per-deck summaries and the backup date
// (direct module imports, not storage/index.ts), so home's first load carries no log,
// scheduling or validation code.
import type { DeckCounts } from '../stats/summary.ts';
import { backupDue, lastBackupAt } from '../storage/backup-reminder.ts';
import { browserStorage } from '../storage/browser.ts';
import { loadSummaries } from '../storage/summary-store.ts';

/** What home shows: each deck's saved counts (once read) and whether to remind of a backup. */
export class HomeState {
	#summaries = $state.raw<Record<string, DeckCounts> | undefined>();
	#now = $state(0);
	#remindBackup = $state(false);

	/** Each deck's saved counts; undefined until read (prerender shows item totals). */
	get summaries() {
		return this.#summaries;
	}
	/** When the counts were read (epoch ms). */
	get now() {
		return this.#now;
	}
	/** Whether to remind the learner to download a backup. */
	get remindBackup() {
		return this.#remindBackup;
	}

	/** Reads the summaries and the last backup date (in the browser, on mount). */
	load(now: number): void {
		const { kv } = browserStorage();
		const s = loadSummaries(kv);
		this.#now = now;
		this.#summaries = s;
		this.#remindBackup = backupDue(
			lastBackupAt(kv),
			now,
			Object.values(s).some((c) => c.unseen < c.total)
		);
	}
}
