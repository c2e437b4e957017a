// What Node-side code needs from src/app.html: svelte.config.js adds the first-visit script's
// sha256 to the CSP; the unit and security tests run it, and allow it and the inline favicon.
// In the page both are plain HTML, so they cost the app no JavaScript.
import { readFileSync } from 'node:fs';

const html = readFileSync(new URL('../src/app.html', import.meta.url), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html);
if (!script) throw new Error('src/app.html has no inline first-visit script');
const icon = /<link\s+rel="icon"\s+href="([^"]+)"/.exec(html);
if (!icon) throw new Error('src/app.html has no favicon link');

/**
 * Sets `data-visit` on <html> before anything is painted: "first" when this browser holds no
 * CaseDeck data and the URL names no topic, else "returning" (unreadable storage included).
 */
export const FIRST_VISIT_SCRIPT = script[1];

/** The favicon, inline as a data: URL (no request of its own on a cold load). */
export const FAVICON_HREF = icon[1];
