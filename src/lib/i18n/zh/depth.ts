import type en from '../en/depth';
import type { Catalogue } from '../messages';

const depth: Catalogue<typeof en> = {
	repurchaseTitle: '距第二次下单的时间'
};

export default depth;
