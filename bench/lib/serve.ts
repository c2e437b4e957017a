// A static file server for a built site, like the static hosts CaseDeck is deployed to:
// gzip on the wire (Lighthouse's simulated network counts wire bytes) and long-lived caching
// of immutable assets. Bound to 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

export interface Served {
	url: string;
	close: () => Promise<void>;
}

/** Maps a URL path to a file the way adapter-static output expects (`x/` → `x/index.html`). */
function find(root: string, path: string): string | undefined {
	const base = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
	if (!base.startsWith(root)) return undefined;
	for (const f of [base, `${base}.html`, join(base, 'index.html')])
		if (existsSync(f) && statSync(f).isFile()) return f;
	const fallback = join(root, '200.html');
	return existsSync(fallback) && !extname(path) ? fallback : undefined;
}

/** Serves `dir` on `port` (0 = any free port). */
export async function serve(dir: string, port = 0): Promise<Served> {
	const root = resolve(dir);
	const gz = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		const file = find(root, path);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': path.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		let body: Buffer = readFileSync(file);
		if (/gzip/.test(String(req.headers['accept-encoding'])) && !/\.png$/.test(file)) {
			if (!gz.has(file)) gz.set(file, gzipSync(body, { level: 9 }));
			body = gz.get(file)!;
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		res.writeHead(200, headers).end(body);
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', ok);
	});
	const addr = server.address();
	const actual = typeof addr === 'object' && addr ? addr.port : port;
	return {
		url: `http://127.0.0.1:${actual}`,
		close: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}
