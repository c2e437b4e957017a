// Prerendered pages paint from HTML and inline CSS alone; the app's scripts only make them
// interactive. Kit's page asks for every module in <head>, so on a fast connection some arrive
// before the first paint and Lighthouse's simulation then counts them as blocking it (LCP went
// 650 → 1400 ms on a coin flip). Here they are asked for once the first contentful paint is on
// screen: one frame later than Kit would, never a waterfall (all module preloads at once).
import { cspHash } from './csp-hash.js';

/** Kit's inline bootstrap: the one inline script that sets a `__sveltekit_…` global. */
const BOOT = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/;
/** Links the first paint does not need: module preloads and the web-app manifest. */
const DEFERRED =
	/[ \t]*<link\s+(?:href="([^"]+)"\s+rel="(modulepreload)"|rel="(manifest)"\s+href="([^"]+)")\s*\/?>\n?/g;
/** After this long the scripts start anyway (a tab opened in the background paints nothing). */
const FALLBACK_MS = 2000;

/** The CSP source of an inline script, quoted as it stands in the page's policy. */
export const scriptHash = (text: string): string => `'${cspHash(text)}'`;

/** The bootstrap that waits: adds the held-back links, then runs Kit's own start. */
function waitingBoot(kitBoot: string, links: [rel: string, href: string][]): string {
	// Only Kit's own line: the page data later in the script is deck text and stays as it is.
	const boot = kitBoot.trim().replace('document.currentScript', 'script');
	return `
(function (script) {
	var started = false;
	function start() {
		if (started) return;
		started = true;
		${JSON.stringify(links)}.forEach(function (l) {
			var link = document.createElement('link');
			link.rel = l[0];
			link.href = l[1];
			document.head.appendChild(link);
		});
		${boot}
	}
	function soon() {
		setTimeout(start, 0);
	}
	var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
	if (types.indexOf('paint') < 0) requestAnimationFrame(soon);
	else
		new PerformanceObserver(function (list, observer) {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			soon();
		}).observe({ type: 'paint', buffered: true });
	setTimeout(start, ${FALLBACK_MS});
})(document.currentScript);
`;
}

/**
 * Rewrites a prerendered page so its scripts, module preloads and manifest are requested after
 * the first contentful paint, with the CSP hash of the rewritten bootstrap. Throws when the
 * page does not look like Kit's (a Kit upgrade must fail the build, not ship a broken page).
 */
export function paintFirst(html: string): string {
	const found = BOOT.exec(html);
	if (!found) throw new Error('paintFirst: no SvelteKit bootstrap script in the page');
	if (!found[1].includes('document.currentScript'))
		throw new Error('paintFirst: the bootstrap no longer reads document.currentScript');
	const kitHash = scriptHash(found[1]);
	if (!html.includes(kitHash)) throw new Error('paintFirst: the CSP lacks the bootstrap hash');
	const links: [string, string][] = [];
	const rest = html.replace(DEFERRED, (_, preload, rel, manifestRel, manifest) => {
		links.push(rel ? [rel, preload] : [manifestRel, manifest]);
		return '';
	});
	if (!links.some(([rel]) => rel === 'modulepreload'))
		throw new Error('paintFirst: no module preloads in the page');
	const boot = waitingBoot(found[1], links);
	return rest
		.replace(found[0], () => `<script>${boot}</script>`)
		.replace(kitHash, scriptHash(boot));
}
