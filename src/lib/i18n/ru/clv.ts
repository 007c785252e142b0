import type en from '../en/clv';
import type { Catalogue } from '../messages';

const clv: Catalogue<typeof en> = {
	title: 'Прогноз пожизненной ценности'
};

export default clv;
