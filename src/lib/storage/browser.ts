import { KEYS } from './keys.ts';
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
				.request(`casedeck-writer-${device}-${slot}`, { ifAvailable: true }, (lock) => {
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
