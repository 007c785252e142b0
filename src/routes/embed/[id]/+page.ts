import { error } from '@sveltejs/kit';
import { CALCULATORS } from '../../calculators/definitions';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered embed page per calculator: /embed/crr, /embed/churn, … (issue 15.6). */
export const entries: EntryGenerator = () => CALCULATORS.map(({ id }) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!CALCULATORS.some(({ id }) => id === params.id)) error(404, 'Unknown calculator');
	return { id: params.id };
};
