// Runs one check command and records pass/fail in .ci/out/checks.json (read by .ci/summary.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [name, ...cmd] = process.argv.slice(2);
const r = spawnSync(cmd.join(' '), { stdio: 'inherit', shell: true });
const ok = r.status === 0;
if (process.env.CI) {
	mkdirSync('.ci/out', { recursive: true });
	const file = '.ci/out/checks.json';
	const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
	all[name] = ok;
	writeFileSync(file, JSON.stringify(all));
}
process.exit(ok ? 0 : 1);
