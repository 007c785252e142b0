import type en from '../en/clv';
import type { Catalogue } from '../messages';

/** 预测客户终身价值部分的文字。 */
const clv: Catalogue<typeof en> = {
	title: '预测的终身价值'
};

export default clv;
