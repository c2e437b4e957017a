import { describe, expect, it } from 'vitest';
import { KEYS } from './keys.ts';
import { backupDue, lastBackupAt } from './backup-reminder.ts';
import { markBackedUp } from './backup.ts';
import { MemoryKV } from './kv.ts';

const DAY = 86_400_000;

describe('backup reminder', () => {
	it('reminds only with progress and no backup in the last 7 days', () => {
		expect(backupDue(undefined, 0, false)).toBe(false);
		expect(backupDue(undefined, 0, true)).toBe(true);
		expect(backupDue(10 * DAY, 16 * DAY, true)).toBe(false);
		expect(backupDue(10 * DAY, 17 * DAY, true)).toBe(true);
	});

	it('remembers the last backup and ignores junk', () => {
		const kv = new MemoryKV();
		expect(lastBackupAt(kv)).toBeUndefined();
		markBackedUp(kv, 1234);
		expect(lastBackupAt(kv)).toBe(1234);
		kv.setItem(KEYS.backupAt, 'soon');
		expect(lastBackupAt(kv)).toBeUndefined();
	});
});
