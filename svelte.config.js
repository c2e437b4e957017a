import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Separate output folders let the bench build beside a running e2e build.
const out = process.env.CASEDECK_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		outDir: process.env.CASEDECK_KIT_DIR ?? '.svelte-kit',
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
