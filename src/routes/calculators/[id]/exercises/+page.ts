import { error } from '@sveltejs/kit';
import { CALCULATORS } from '../../definitions';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered exercise page per calculator: /calculators/crr/exercises, …; the set is in the query. */
export const entries: EntryGenerator = () => CALCULATORS.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!CALCULATORS.some(({ id }) => id === params.id)) error(404, 'Unknown calculator');
	return { id: params.id };
};
