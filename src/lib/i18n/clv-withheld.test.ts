import { describe, expect, it } from 'vitest';
import en from './en/clv';
import lv from './lv/clv';
import nl from './nl/clv';
import ru from './ru/clv';
import zh from './zh/clv';

// When only the spend model failed, the Analysis page still shows P(active), the expected purchases and
// each customer's predicted next order (3ff5152); the help says so, and what is withheld.
describe('the help beside a withheld CLV lists what still stands and what is withheld', () => {
	it.each([
		['en', en, ['P(active)', 'expected purchases', 'predicted next order date', 'predicted CLV', 'withheld']],
		['lv', lv, ['P(aktīvs)', 'sagaidāmie pirkumi', 'nākamā pasūtījuma datums', 'prognozētā CLV', 'netiek rādīti']],
		['ru', ru, ['P(активен)', 'ожидаемые покупки', 'дата следующего заказа', 'прогнозная CLV', 'не показываются']],
		[
			'nl',
			nl,
			['P(actief)', 'verwachte aankopen', 'voorspelde volgende bestelling', 'voorspelde CLV', 'niet getoond']
		],
		['zh', zh, ['P(活跃)', '预期购买次数', '下一单日期', '预测 CLV', '不显示']]
	])('%s', (_, catalogue, parts) => {
		for (const part of parts) expect(catalogue.spendRefusedHelp).toContain(part);
	});
});
