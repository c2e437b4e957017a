// One place for how every bench and size-test browser is started: Debian's Chromium (Playwright's
// own browser downloads fail here) and a phone viewport like the e2e suite's.
import type { BrowserContextOptions, LaunchOptions } from 'playwright';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from making background requests of its own. */
export const CHROME_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const LAUNCH: LaunchOptions = { executablePath: CHROME_PATH, args: CHROME_FLAGS };

/** A mid-range phone: 390×844 CSS px, touch, mobile layout. */
export const PHONE: BrowserContextOptions = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true
};
