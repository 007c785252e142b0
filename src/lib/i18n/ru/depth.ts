import type en from '../en/depth';
import type { Catalogue } from '../messages';

const depth: Catalogue<typeof en> = {
	repurchaseTitle: 'Время до второго заказа'
};

export default depth;
