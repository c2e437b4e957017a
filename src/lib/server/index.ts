// Build-time code (prerendering only): never bundled into the client.
export { paintFirst, scriptHash } from './paint-first.ts';
