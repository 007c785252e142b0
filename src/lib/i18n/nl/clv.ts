import type en from '../en/clv';
import type { Catalogue } from '../messages';

/** Teksten van het onderdeel voorspelde klantwaarde. */
const clv: Catalogue<typeof en> = {
	title: 'Voorspelde klantwaarde'
};

export default clv;
