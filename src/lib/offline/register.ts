// Kit registers the service worker on `load`; its install then fetches and stores every asset
// while the first screen is still starting up (Lighthouse measured 150–720 ms of blocking time
// on home with it, 40–110 ms without). So the app registers it itself, a little later.

/** How long after `load` the offline cache starts installing, in milliseconds. */
export const REGISTER_DELAY_MS = 3000;

type Win = Pick<Window, 'addEventListener' | 'setTimeout'> & {
	document: Pick<Document, 'readyState'>;
	navigator: Pick<Navigator, 'serviceWorker'>;
	requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
};

/** Registers `scriptUrl` as the service worker once the page has loaded, waited and gone idle. */
export function registerServiceWorkerLater(
	scriptUrl: string,
	options: RegistrationOptions = {},
	win: Win = window
): void {
	if (!('serviceWorker' in win.navigator)) return;
	const register = () => {
		win.navigator.serviceWorker.register(scriptUrl, options).catch(() => {
			// No offline cache this visit (private mode, blocked by policy); the app still works.
		});
	};
	const idle = () =>
		win.requestIdleCallback ? win.requestIdleCallback(register, { timeout: 2000 }) : register();
	const afterLoad = () => win.setTimeout(idle, REGISTER_DELAY_MS);
	if (win.document.readyState === 'complete') afterLoad();
	else win.addEventListener('load', afterLoad, { once: true });
}
