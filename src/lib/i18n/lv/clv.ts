import type en from '../en/clv';
import type { Catalogue } from '../messages';

const clv: Catalogue<typeof en> = {
	title: 'Prognozētā mūža vērtība'
};

export default clv;
