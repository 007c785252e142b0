import type en from '../en/depth';
import type { Catalogue } from '../messages';

const depth: Catalogue<typeof en> = {
	repurchaseTitle: 'Tijd tot de tweede bestelling'
};

export default depth;
