import { PREFIX } from './keys.ts';

/** The slice of the Web Storage API we use; tests pass an in-memory one. */
export type KV = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Outcome of a write: saved, or why not. */
export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'error'; message: string };

/** True when an exception means the storage is full. */
export function isQuotaError(e: unknown): boolean {
	if (!(e instanceof Error) && !(typeof e === 'object' && e !== null)) return false;
	const err = e as { name?: string; code?: number };
	return (
		err.name === 'QuotaExceededError' ||
		err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		err.code === 22 ||
		err.code === 1014
	);
}

/** Writes a value, turning exceptions into a result. */
export function safeSet(kv: KV, key: string, value: string): WriteResult {
	try {
		kv.setItem(key, value);
		return { ok: true };
	} catch (e) {
		return isQuotaError(e)
			? { ok: false, reason: 'quota', message: 'Storage is full' }
			: { ok: false, reason: 'error', message: String(e) };
	}
}

/** Reads a value; a throwing storage (disabled, private mode) reads as missing. */
export function safeGet(kv: KV, key: string): string | null {
	try {
		return kv.getItem(key);
	} catch {
		return null;
	}
}

/** All keys with a prefix. */
export function keysWithPrefix(kv: KV, prefix: string): string[] {
	const out: string[] = [];
	try {
		for (let i = 0; i < kv.length; i++) {
			const k = kv.key(i);
			if (k?.startsWith(prefix)) out.push(k);
		}
	} catch {
		/* unreadable storage lists nothing */
	}
	return out;
}

/** An in-memory KV for tests and for when localStorage is unavailable. */
export class MemoryKV implements KV {
	#map = new Map<string, string>();
	/** Throw QuotaExceededError past this many characters (tests). */
	quota = Infinity;
	get length() {
		return this.#map.size;
	}
	key(i: number) {
		return [...this.#map.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.#map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		let used = 0;
		for (const [key, val] of this.#map) if (key !== k) used += key.length + val.length;
		if (used + k.length + v.length > this.quota) {
			const e = new Error('quota');
			e.name = 'QuotaExceededError';
			throw e;
		}
		this.#map.set(k, String(v));
	}
	removeItem(k: string) {
		this.#map.delete(k);
	}
}

/** Characters used by this app's keys (UTF-16 code units ≈ bytes × 2 in most browsers). */
export function usedChars(kv: KV): number {
	let n = 0;
	for (const k of keysWithPrefix(kv, PREFIX)) n += k.length + (safeGet(kv, k)?.length ?? 0);
	return n;
}
