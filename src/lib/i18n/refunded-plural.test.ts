import { describe, expect, it } from 'vitest';
import en from './en/data';
import lv from './lv/data';
import nl from './nl/data';
import ru from './ru/data';
import zh from './zh/data';

// The import report's count of orders refunded in full though the file says partly refunded
// (QA A-19): the noun and verb agree with the number, in every language.
describe('the orders refunded in full with their shipping kept agree with their number', () => {
	it.each([
		['en', '1', 'Of these, 1 order is only partly refunded', en],
		['en', '2', 'Of these, 2 orders are only partly refunded', en],
		['nl', '1', 'Hiervan is 1 bestelling volgens het bestand', nl],
		['nl', '3', 'Hiervan zijn 3 bestellingen volgens het bestand', nl],
		['lv', '1', 'Starp tiem ir 1 pasūtījums, kam', lv],
		['lv', '21', 'Starp tiem ir 21 pasūtījums, kam', lv],
		['lv', '2', 'Starp tiem ir 2 pasūtījumi, kam', lv],
		['lv', '10', 'Starp tiem ir 10 pasūtījumu, kam', lv],
		['ru', '1', 'Среди них 1 заказ с частичным', ru],
		['ru', '21', 'Среди них 21 заказ с частичным', ru],
		['ru', '3', 'Среди них 3 заказа с частичным', ru],
		['ru', '5', 'Среди них 5 заказов с частичным', ru],
		['ru', '1\u00a0234', 'Среди них 1\u00a0234 заказа с частичным', ru],
		['zh', '2', '其中 2 笔订单按文件只是部分退款', zh]
	])('%s, %s: %s', (_, count, said, catalogue) => {
		const text = catalogue.report.fullyRefundedShippingKept({ count, examples: 'row 2' });
		expect(text).toContain(said);
		expect(text).toMatch(/[(（]row 2[)）]/);
	});
});
