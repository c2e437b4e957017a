import { building } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/index.ts';

/** While prerendering, every page asks for its scripts only after its first paint. */
export const handle: Handle = ({ event, resolve }) =>
	building
		? resolve(event, { transformPageChunk: ({ html, done }) => (done ? paintFirst(html) : html) })
		: resolve(event);
