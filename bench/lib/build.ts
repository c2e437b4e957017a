// Builds the app and the empty-page fixture into their own folders, so a bench or size-test
// build never touches `build/` or `.svelte-kit/`, which the e2e suite may be using meanwhile.
// Everything goes under bench/out/, which git, Prettier and ESLint all ignore (a `build-x/`
// at the root would be linted by `eslint .`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EMPTY_APP = resolve(ROOT, 'tests/fixtures/empty-app');
export const EMPTY_BUTTON_APP = resolve(ROOT, 'tests/fixtures/empty-button-app');
export const OUT = resolve(ROOT, 'bench/out');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

function run(cwd: string, env: Record<string, string>, label: string): Promise<void> {
	return new Promise((ok, fail) => {
		const child = spawn(process.execPath, [VITE, 'build', '--logLevel', 'warn'], {
			cwd,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? ok() : fail(new Error(`${label} build failed (${code}):\n${log.slice(-4000)}`))
		);
	});
}

/**
 * Builds the app into `bench/out/build-<name>` (SvelteKit's files in `.svelte-kit-<name>`
 * beside it); `decksDir` bundles another folder of decks. Returns the output folder.
 */
export async function buildApp(
	name: string,
	decksDir?: string,
	extraEnv: Record<string, string> = {}
): Promise<string> {
	const out = resolve(OUT, `build-${name}`);
	const env: Record<string, string> = {
		...extraEnv,
		CASEDECK_BUILD_DIR: out,
		CASEDECK_KIT_DIR: resolve(OUT, `.svelte-kit-${name}`)
	};
	if (decksDir) env.CASEDECK_DECKS_DIR = decksDir;
	await run(ROOT, env, `app (${name})`);
	return out;
}

/** Builds the empty SvelteKit page with the repository's packages; returns the output folder. */
export async function buildEmpty(name: string): Promise<string> {
	const out = resolve(OUT, `build-empty-${name}`);
	await run(
		EMPTY_APP,
		{ EMPTY_BUILD_DIR: out, EMPTY_KIT_DIR: resolve(OUT, `.svelte-kit-empty-${name}`) },
		'empty page'
	);
	return out;
}

/** Builds the empty page with one working button (the usable-card baseline); returns its folder. */
export async function buildEmptyButton(name: string): Promise<string> {
	const out = resolve(OUT, `build-empty-button-${name}`);
	await run(
		EMPTY_BUTTON_APP,
		{ EMPTY_BUILD_DIR: out, EMPTY_KIT_DIR: resolve(OUT, `.svelte-kit-empty-button-${name}`) },
		'empty page with a button'
	);
	return out;
}
