import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';

const IDS = ['crr'];

export const entries: EntryGenerator = () => IDS.map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	if (!IDS.includes(params.id)) error(404, 'Unknown calculator');
	return { id: params.id };
};
