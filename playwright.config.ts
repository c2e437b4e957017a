import { defineConfig, devices } from '@playwright/test';
import { CHROME_FLAGS, CHROME_PATH } from './bench/lib/browser.ts';
import { middayTimezone } from './tests/midday-zone.ts';

// Overridable so a second checkout can run the suite at the same time.
const PORT = Number(process.env.CASEDECK_E2E_PORT ?? 4319);

export default defineConfig({
	testDir: 'tests',
	testMatch: ['e2e/**/*.e2e.ts', 'faults/**/*.e2e.ts', 'size/**/*.e2e.ts'],
	fullyParallel: false,
	workers: 1,
	forbidOnly: true,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci/out/e2e.json' }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true,
		// Counts change when a run crosses the 04:00 day start; see tests/midday-zone.ts.
		timezoneId: middayTimezone(),
		browserName: 'chromium',
		launchOptions: { executablePath: CHROME_PATH, args: CHROME_FLAGS }
	},
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
