// Sums the JSON reports of every suite into one line: "N passed, N failed".
// Checks (lint, svelte-check, decks:check) count as one test each; a missing report
// after a failed run counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);

const checks = read('.ci/out/checks.json') ?? {};
for (const [name, ok] of Object.entries(checks)) {
	if (ok) passed++;
	else {
		failed++;
		console.log(`check failed: ${name}`);
	}
}

const unit = read('.ci/out/unit.json');
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += (unit.numFailedTests ?? 0) + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}

const e2e = read('.ci/out/e2e.json');
if (e2e) {
	passed += e2e.stats?.expected ?? 0;
	failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0) + (e2e.stats?.skipped ?? 0);
}

if (status !== 0 && failed === 0) failed = 1; // something failed before it could report
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || status ? 1 : 0);
