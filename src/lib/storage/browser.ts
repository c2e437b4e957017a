import { KEYS, writerLockName } from './keys.ts';
import { MemoryKV, type KV } from './kv.ts';

/** localStorage when usable, else an in-memory store (progress then lasts only this visit). */
export function browserStorage(): { kv: KV; persistent: boolean } {
	try {
		const ls = globalThis.localStorage;
		const probe = KEYS.probe;
		ls.setItem(probe, '1');
		ls.removeItem(probe);
		return { kv: ls, persistent: true };
	} catch {
		return { kv: new MemoryKV(), persistent: false };
	}
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

/**
 * Claims a writer slot for this tab with the Web Locks API, so a device reuses its log
 * series (slot 0 usually) and two open tabs never write the same one. Without locks, a
 * random slot is used.
 */
export async function claimWriterSlot(device: string, random = Math.random): Promise<string> {
	const locks = (globalThis.navigator as Navigator | undefined)?.locks;
	if (!locks) return device + 'r' + Math.floor(random() * 1e6).toString(36);
	for (let slot = 0; slot < 50; slot++) {
		const got = await new Promise<boolean>((resolve) => {
			locks
				.request(writerLockName(device, slot), { ifAvailable: true }, (lock) => {
					if (!lock) {
						resolve(false);
						return;
					}
					resolve(true);
					return new Promise<void>(() => {}); // held for the tab's life
				})
				.catch(() => resolve(false));
		});
		if (got) return device + slot.toString(36);
	}
	return device + 'r' + Math.floor(random() * 1e6).toString(36);
}
