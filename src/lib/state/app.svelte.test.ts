import { describe, expect, it } from 'vitest';
import { T0 } from '../../../tests/unit/fixtures.ts';
import { KEYS, MemoryKV, STORAGE_VERSION } from '$lib/storage/index.ts';
import { AppStore } from './app.svelte.ts';
import { notices } from './notices.svelte.ts';

const snapshot = (kv: MemoryKV) =>
	Object.fromEntries(
		Array.from({ length: kv.length }, (_, i) => kv.key(i)!).map((k) => [k, kv.getItem(k)])
	);

describe('AppStore', () => {
	it('goes read-only when another tab raises the stored version, and then writes nothing', async () => {
		const kv = new MemoryKV();
		const app = new AppStore(kv);
		await app.openLog(T0);
		const review = {
			item: 'd/a',
			kind: 'review',
			origin: 'study',
			t: T0,
			tz: 0,
			rev: 1,
			rating: 3
		} as const;
		app.append(review);
		expect(app.readOnly).toBe(false);

		// Another tab, updated, raises the version: its storage event reaches this tab.
		const meta = JSON.parse(kv.getItem(KEYS.meta)!);
		kv.setItem(KEYS.meta, JSON.stringify({ ...meta, v: STORAGE_VERSION + 1 }));
		dispatchEvent(new StorageEvent('storage', { key: KEYS.meta }));
		expect(app.readOnly).toBe(true);
		expect(app.access).toMatchObject({ mode: 'newer', version: STORAGE_VERSION + 1 });
		expect(notices.list.some((n) => /read-only: reload/.test(n.text))).toBe(true);

		const before = snapshot(kv);
		app.append({ ...review, t: T0 + 1000 });
		app.updateSettings({ newPerDay: 3 });
		expect(snapshot(kv)).toEqual(before);
	});

	it('ignores a storage event that leaves the version as it was', () => {
		const kv = new MemoryKV();
		const app = new AppStore(kv);
		dispatchEvent(new StorageEvent('storage', { key: KEYS.meta }));
		dispatchEvent(new StorageEvent('storage', { key: null }));
		expect(app.readOnly).toBe(false);
	});
});
