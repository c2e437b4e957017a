import { DEFAULT_STUDY_SETTINGS, RETENTION_RANGE, type StudySettings } from '../srs/settings.ts';
import { KEYS } from './keys.ts';
import { safeGet, safeSet, type KV, type WriteResult } from './kv.ts';

/** Every user setting. */
export interface AppSettings extends StudySettings {
	/** Single-key shortcuts (Space, 1–4, A–E, U); off for screen-reader users who need keys. */
	shortcuts: boolean;
}

/** Defaults for a first visit. */
export const DEFAULT_SETTINGS: AppSettings = { ...DEFAULT_STUDY_SETTINGS, shortcuts: true };

const KEY = KEYS.settings;

const intIn = (x: unknown, lo: number, hi: number) =>
	Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;

/** Validates settings from any source (storage, backup); undefined when invalid. */
export function parseSettings(value: unknown): AppSettings | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = value as Record<string, unknown>;
	const ok =
		typeof v.retention === 'number' &&
		v.retention >= RETENTION_RANGE.min &&
		v.retention <= RETENTION_RANGE.max &&
		intIn(v.newPerDay, 0, 9999) &&
		intIn(v.dayStartHour, 0, 23) &&
		typeof v.fuzz === 'boolean' &&
		typeof v.shortcuts === 'boolean';
	return ok
		? {
				retention: v.retention as number,
				newPerDay: v.newPerDay as number,
				dayStartHour: v.dayStartHour as number,
				fuzz: v.fuzz as boolean,
				shortcuts: v.shortcuts as boolean
			}
		: undefined;
}

/** Loads settings; bad fields fall back to defaults one by one so a typo never resets all. */
export function loadSettings(kv: KV): { settings: AppSettings; repaired: boolean } {
	const raw = safeGet(kv, KEY);
	if (raw === null) return { settings: { ...DEFAULT_SETTINGS }, repaired: false };
	let obj: Record<string, unknown>;
	try {
		obj = JSON.parse(raw);
		if (typeof obj !== 'object' || obj === null) throw new Error();
	} catch {
		return { settings: { ...DEFAULT_SETTINGS }, repaired: true };
	}
	const out = { ...DEFAULT_SETTINGS };
	let repaired = false;
	for (const k of Object.keys(DEFAULT_SETTINGS) as (keyof AppSettings)[]) {
		const candidate = { ...out, [k]: obj[k] };
		if (k in obj && parseSettings(candidate)) Object.assign(out, { [k]: obj[k] });
		else if (k in obj) repaired = true;
	}
	return { settings: out, repaired };
}

/** Saves settings. */
export function saveSettings(kv: KV, s: AppSettings): WriteResult {
	return safeSet(kv, KEY, JSON.stringify(s));
}
