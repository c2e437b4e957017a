// Runs only the injection/CSP suites, without the main e2e web server (port 4319) and its
// `npm run build`: `npx playwright test -c tests/faults/xss.playwright.config.ts`.
// The suites build and serve their own copy of the app (build-xss, port 4350).
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

export default defineConfig({
	...base,
	testDir: '.',
	testMatch: ['xss.e2e.ts', 'csp.e2e.ts'],
	webServer: undefined
});
