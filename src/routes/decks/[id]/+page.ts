import { error } from '@sveltejs/kit';
import { catalog } from 'virtual:casedeck/catalog';
import type { EntryGenerator, PageLoad } from './$types';

/** Every bundled deck gets a prerendered page. */
export const entries: EntryGenerator = () => catalog.map((d) => ({ id: d.id }));

export const load: PageLoad = async ({ params }) => {
	const { loaders } = await import('virtual:casedeck/catalog');
	const loader = loaders[params.id];
	if (!loader) error(404, 'No such deck');
	return { deck: (await loader()).default };
};
