/** Links: what a URL can point at (the hash codec); pure, no storage and no Svelte. */
export { formatHash, LINK_KEYS, parseHash, type LinkTarget } from './hash.ts';
