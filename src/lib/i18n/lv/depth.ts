import type en from '../en/depth';
import type { Catalogue } from '../messages';

const depth: Catalogue<typeof en> = {
	repurchaseTitle: 'Laiks līdz otrajam pasūtījumam'
};

export default depth;
