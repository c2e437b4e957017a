/**
 * Builds and serves the app for the injection and CSP suites, isolated from the main e2e build:
 * its own output folders (`build-xss`, `.svelte-kit-xss`), port 4350, and a decks folder holding
 * the bundled decks plus the generated hostile deck. Built once per test worker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeXssDecks, XSS_DECKS_DIR, type XssDeck } from './xss-deck.ts';

export const XSS_PORT = Number(process.env.CASEDECK_XSS_PORT ?? 4350);
export const XSS_ORIGIN = `http://127.0.0.1:${XSS_PORT}`;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the isolated build is written. */
export const XSS_BUILD_DIR = fileURLToPath(new URL('../../build-xss/', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const ENV = {
	...process.env,
	CASEDECK_BUILD_DIR: 'build-xss',
	CASEDECK_KIT_DIR: '.svelte-kit-xss',
	CASEDECK_DECKS_DIR: XSS_DECKS_DIR
};

let built: Promise<XssDeck> | undefined;
let server: ChildProcess | undefined;

// The build is redone on every run; remove it when the worker exits so `eslint .` (which only
// ignores build/ and .svelte-kit/) never sees it. Kept when reusing a running server.
if (!process.env.CASEDECK_XSS_REUSE)
	process.once('exit', () => {
		if (server && server.exitCode === null) server.kill('SIGTERM');
		if (!built) return;
		for (const dir of [XSS_BUILD_DIR, join(ROOT, '.svelte-kit-xss')])
			rmSync(dir, { recursive: true, force: true });
	});

function run(args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, env: ENV });
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`vite ${args[0]} failed (${code}):\n${log}`))
		);
	});
}

async function up(): Promise<boolean> {
	try {
		return (await fetch(`${XSS_ORIGIN}/`)).ok;
	} catch {
		return false;
	}
}

/** Writes the decks, builds once per worker, and starts `vite preview` on port 4350. */
export async function startXssApp(): Promise<XssDeck> {
	// CASEDECK_XSS_REUSE=1 reuses a build-xss server already running on the port (debugging).
	if (process.env.CASEDECK_XSS_REUSE && (await up())) return writeXssDecks().deck;
	built ??= (async () => {
		const { deck } = writeXssDecks();
		await run(['build']);
		return deck;
	})();
	const deck = await built;
	if (server) return deck;
	if (await up()) throw new Error(`port ${XSS_PORT} is already in use; stop that server first`);
	const child = spawn(
		process.execPath,
		[VITE, 'preview', '--port', String(XSS_PORT), '--strictPort', '--host', '127.0.0.1'],
		{ cwd: ROOT, env: ENV, stdio: 'ignore' }
	);
	server = child;
	for (let i = 0; i < 100 && !(await up()); i++) {
		if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
		await new Promise((r) => setTimeout(r, 200));
	}
	if (!(await up())) throw new Error('vite preview did not start');
	return deck;
}

/** Stops the preview server started by {@link startXssApp}. */
export async function stopXssApp(): Promise<void> {
	const child = server;
	server = undefined;
	if (!child || child.exitCode !== null) return;
	await new Promise<void>((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}
