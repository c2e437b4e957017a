// A static file server for a built site, like the static hosts CaseDeck is deployed to:
// gzip on the wire (Lighthouse's simulated network counts wire bytes) and long-lived caching
// of immutable assets. Bound to 127.0.0.1 only. Optionally over a slow network of its own (see
// Link): every response, whoever asks for it — the page or its service worker.
import { createServer, type Server, type ServerResponse } from 'node:http';
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

/**
 * A slow link between this server and every client: each response starts `latencyMs` after its
 * request (one round trip) and all bodies share `bytesPerSecond`, sent in 8 KB slices. Done here
 * rather than by Chrome's network emulation, which leaves a service worker's fetches unthrottled
 * (a return visit's page would come at full speed).
 */
export interface Link {
	latencyMs: number;
	bytesPerSecond: number;
}

/** Sends `body` paced slice by slice on the shared line (its round trip already waited). */
function paced(link: Link, line: { freeAt: number }, res: ServerResponse, body: Buffer): void {
	const SLICE = 8192;
	let at = Math.max(Date.now(), line.freeAt);
	const slices: [number, Buffer][] = [];
	for (let i = 0; i < body.length || i === 0; i += SLICE) {
		const b = body.subarray(i, i + SLICE);
		at += (b.length / link.bytesPerSecond) * 1000;
		slices.push([at, b]);
	}
	line.freeAt = at;
	const next = () => {
		const s = slices.shift();
		if (!s) return void res.end();
		setTimeout(
			() => {
				res.write(s[1]);
				next();
			},
			Math.max(0, s[0] - Date.now())
		);
	};
	next();
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

/** Serves `dir` on `port` (0 = any free port), over `link` if given. */
export async function serve(dir: string, port = 0, link?: Link): Promise<Served> {
	const root = resolve(dir);
	const line = { freeAt: 0 };
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
		if (!link) return void res.writeHead(200, headers).end(body);
		setTimeout(() => {
			res.writeHead(200, headers);
			paced(link, line, res, body);
		}, link.latencyMs);
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
