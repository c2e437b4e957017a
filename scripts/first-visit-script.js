// The inline first-visit script of src/app.html, for Node-side code: svelte.config.js adds its
// sha256 to the CSP, the unit and security tests run or allow it. In the page it is plain HTML,
// so it costs the app no JavaScript.
import { readFileSync } from 'node:fs';

const html = readFileSync(new URL('../src/app.html', import.meta.url), 'utf8');
const found = /<script>([\s\S]*?)<\/script>/.exec(html);
if (!found) throw new Error('src/app.html has no inline first-visit script');

/**
 * Sets `data-visit` on <html> before anything is painted: "first" when this browser holds no
 * CaseDeck data and the URL names no topic, else "returning" (unreadable storage included).
 */
export const FIRST_VISIT_SCRIPT = found[1];
