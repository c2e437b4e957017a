import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { FIRST_VISIT_SCRIPT } from './scripts/app-html.js';
import { cspHash } from './src/lib/server/csp-hash.js';

// Separate output folders let the bench build beside a running e2e build.
const out = process.env.CASEDECK_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		outDir: process.env.CASEDECK_KIT_DIR ?? '.svelte-kit',
		// The layout registers it after load, once the first screen is idle (src/lib/offline).
		serviceWorker: { register: false },
		// Inline the (small) stylesheets: no render-blocking CSS request before the first paint.
		inlineStyleThreshold: 16_384,
		// Strict CSP (see docs/security.md). Prerendered pages carry it as a <meta>; Kit adds the
		// sha256 of its inline bootstrap script to script-src. No 'unsafe-inline'/'unsafe-eval'.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// …and of app.html's first-visit check (scripts/app-html.js).
				'script-src': ['self', cspHash(FIRST_VISIT_SCRIPT)],
				'style-src': ['self'],
				// Only style *attributes* may be inline: app.html's wrapper div and Kit's route
				// announcer use them. <style> elements stay blocked; deck HTML never has style=.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'frame-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// The study page reads its topic from the hash (#topic=…) after mount.
			handleMissingId: ({ id, message }) => {
				if (!id.startsWith('topic=')) throw new Error(message);
			}
		},
		adapter: adapter({
			pages: out,
			assets: out,
			fallback: '200.html',
			precompress: false,
			strict: true
		})
	}
};
