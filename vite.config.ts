/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vite';
import { casedeckDecks } from './src/lib/deck/vite-plugin.ts';

export default defineConfig({
	plugins: [casedeckDecks(process.env.CASEDECK_DECKS_DIR ?? 'decks'), sveltekit()],
	preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
	// Readable function names in CPU profiles (bench/README.md, "Profiling").
	build: process.env.CASEDECK_NO_MINIFY ? { minify: false } : {},
	test: {
		reporters: process.env.CI
			? ['default', ['json', { outputFile: '.ci/out/unit.json' }]]
			: ['default'],
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					setupFiles: ['./vitest-setup-client.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
});
