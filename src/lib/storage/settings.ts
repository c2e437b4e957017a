import * as z from 'zod/mini';
import { DEFAULT_STUDY_SETTINGS, RETENTION_RANGE, type StudySettings } from '../srs/settings.ts';
import { PREFIX, safeGet, safeSet, type KV, type WriteResult } from './kv.ts';

/** Every user setting. */
export interface AppSettings extends StudySettings {
	/** Single-key shortcuts (Space, 1–4, A–E, U); off for screen-reader users who need keys. */
	shortcuts: boolean;
}

/** Defaults for a first visit. */
export const DEFAULT_SETTINGS: AppSettings = { ...DEFAULT_STUDY_SETTINGS, shortcuts: true };

const KEY = `${PREFIX}settings`;
const schema = z.object({
	retention: z.number().check(z.gte(RETENTION_RANGE.min), z.lte(RETENTION_RANGE.max)),
	newPerDay: z.int().check(z.gte(0), z.lte(9999)),
	dayStartHour: z.int().check(z.gte(0), z.lte(23)),
	fuzz: z.boolean(),
	shortcuts: z.boolean()
});

/** Validates settings from any source (storage, backup); undefined when invalid. */
export function parseSettings(value: unknown): AppSettings | undefined {
	const r = schema.safeParse(value);
	return r.success ? r.data : undefined;
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
