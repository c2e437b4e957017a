// Plain JS so that svelte.config.js (the policy's hash of app.html's inline script) can import it.
import { createHash } from 'node:crypto';

/**
 * The CSP source (`sha256-…`, unquoted as Kit's config takes it) that allows one inline script.
 * @param {string} text the script's exact text
 * @returns {string}
 */
export const cspHash = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
