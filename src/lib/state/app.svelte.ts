import {
	browserStorage,
	claimWriterSlot,
	guardWrites,
	isLogKey,
	KEYS,
	listQuarantine,
	loadSettings,
	LogWriter,
	openMeta,
	type LogReader,
	randomId,
	readVersion,
	saveSettings,
	STORAGE_VERSION,
	usedChars,
	type AppSettings,
	type KV,
	type QuarantineEntry,
	type StorageAccess
} from '$lib/storage/index.ts';
import type { LogEvent } from '$lib/log/index.ts';

import { notices, type Notice } from './notices.svelte.ts';

const READ_ONLY = 'Not saved: this tab is read-only. Reload to update CaseDeck.';

/**
 * Everything shared by pages: storage access, settings, the review log and notices.
 * Created once per tab, in the browser only (never during prerender).
 */
export class AppStore {
	/** Storage as this tab may use it: every write is refused once the tab is read-only. */
	readonly kv: KV;
	readonly persistent: boolean;
	#access = $state.raw<StorageAccess>({ mode: 'ok', device: '' });
	settings = $state.raw<AppSettings>(
		loadSettings({ getItem: () => null } as unknown as KV).settings
	);
	quarantined = $state.raw<QuarantineEntry[]>([]);
	/** This tab's writer of the review log (opened by {@link openLog}). */
	log: LogWriter | undefined;
	#events: LogEvent[] = [];
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- subscribers, not state
	#listeners = new Set<() => void>();

	constructor(kv?: KV) {
		const store = kv ? { kv, persistent: true } : browserStorage();
		this.kv = guardWrites(store.kv, () => this.readOnly);
		this.persistent = store.persistent;
		this.#access = openMeta(this.kv);
		const { settings, repaired } = loadSettings(this.kv);
		this.settings = settings;
		if (repaired)
			this.notify('warning', 'Some settings were unreadable and were reset to defaults.');
		if (!this.persistent || this.access.mode === 'unavailable')
			this.notify(
				'warning',
				'This browser is not saving data: progress lasts only until you close the tab.'
			);
		if (this.access.mode === 'newer') this.#tellNewer();
		this.quarantined = listQuarantine(this.kv);
		// Settings and the stored version are watched on every page; the log once it is open.
		globalThis.addEventListener?.('storage', this.#onStorage);
	}

	/** How this tab may use stored data (it turns read-only when another tab raises the version). */
	get access(): StorageAccess {
		return this.#access;
	}

	/** True when this tab must not write (data from a newer version). */
	get readOnly(): boolean {
		return this.#access.mode === 'newer';
	}

	#tellNewer(): void {
		this.notify(
			'error',
			'A newer version of CaseDeck saved your progress. This tab is read-only: reload to update.',
			'newer'
		);
	}

	/**
	 * Re-reads the stored layout version (another tab wrote meta, or cleared storage): if a
	 * newer app raised it, this tab stops writing before it could write the old layout.
	 */
	checkVersion(): void {
		if (this.readOnly) return;
		const v = readVersion(this.kv);
		if (v === undefined || v <= STORAGE_VERSION) return;
		this.#access = { mode: 'newer', device: this.#access.device, version: v };
		this.#tellNewer();
	}

	/**
	 * Claims a writer slot and opens this tab's log writer; idempotent. A `reader` that has
	 * just read the log lets the writer skip scanning its own segments again.
	 */
	async openLog(now: number, reader?: LogReader): Promise<void> {
		if (this.log) return;
		const slot = await this.prepareLog();
		if (this.log) return;
		try {
			this.log = new LogWriter(this.kv, slot, now, reader);
		} catch {
			// Our own series had unreadable data (now quarantined): continue under a fresh id.
			this.log = new LogWriter(this.kv, `${this.access.device}r${randomId(5)}`, now);
		}
	}

	#slot: Promise<string> | undefined;

	/**
	 * Starts claiming this tab's writer slot (a Web Locks round trip) so it is granted by the
	 * time the log has been read; {@link openLog} then opens the writer without waiting.
	 */
	prepareLog(): Promise<string> {
		this.#slot ??= claimWriterSlot(this.access.device);
		return this.#slot;
	}

	/** Shows that parts of the log could not be read (they were kept aside). */
	reportUnreadable(problems: QuarantineEntry[]): void {
		// A read-only tab moved nothing aside: what it cannot read is a newer version's data.
		if (!problems.length || this.readOnly) return;
		this.quarantined = listQuarantine(this.kv);
		this.notify(
			'error',
			`Some saved progress could not be read (${problems.length} part${problems.length > 1 ? 's' : ''}). It was kept aside, not deleted: download it from Settings.`,
			'unreadable'
		);
	}

	#onStorage = (e: StorageEvent) => {
		if (e.key === null || e.key === KEYS.meta) this.checkVersion();
		if (e.key === KEYS.settings) this.settings = loadSettings(this.kv).settings;
		if (e.key === null || isLogKey(e.key)) for (const l of this.#listeners) l();
	};

	/** Calls `fn` when another tab wrote to the log; returns an unsubscribe function. */
	onLogChanged(fn: () => void): () => void {
		this.#listeners.add(fn);
		return () => this.#listeners.delete(fn);
	}

	/** Appends an event; on failure the event stays in memory and the user is told. */
	append(event: Omit<LogEvent, 'id'>): LogEvent {
		if (!this.log) throw new Error('log not open');
		const full: LogEvent = { ...event, id: this.log.nextId() };
		if (this.readOnly) {
			this.notify('error', READ_ONLY);
			return full;
		}
		const r = this.log.append(full);
		this.#events.push(full);
		if (!r.ok)
			this.notify(
				'warning',
				r.reason === 'quota'
					? 'Storage is full: your answers are kept in this tab but not saved. Download a backup from Settings, then free space.'
					: `Could not save: ${r.message}. Your answers are kept in this tab.`,
				'unsaved'
			);
		else this.dismiss('unsaved');
		return full;
	}

	/** Events this tab appended. */
	get events(): readonly LogEvent[] {
		return this.#events;
	}

	/** Changes settings and saves them. */
	updateSettings(patch: Partial<AppSettings>): void {
		this.settings = { ...this.settings, ...patch };
		const r = saveSettings(this.kv, this.settings);
		if (!r.ok)
			this.notify(
				'warning',
				this.readOnly ? READ_ONLY : 'Settings could not be saved: storage is full.',
				'settings'
			);
	}

	/** Characters used by CaseDeck in storage. */
	storageUse(): number {
		return usedChars(this.kv);
	}

	/** Shows a notice (replacing one with the same id). */
	notify(kind: Notice['kind'], text: string, id = text, action?: Notice['action']): void {
		notices.notify(kind, text, id, action);
	}

	/** Hides a notice. */
	dismiss(id: string): void {
		notices.dismiss(id);
	}
}

let app: AppStore | undefined;

/** The tab's AppStore, created on first use (browser only). */
export function getApp(): AppStore {
	app ??= new AppStore();
	return app;
}
