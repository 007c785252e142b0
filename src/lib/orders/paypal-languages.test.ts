import { describe, expect, it } from 'vitest';
import { normaliseHeader } from './layouts';
import { isChargeback, isDispute, paymentKind, paymentLedgerOf } from './payments';
import { classifyStatus, saysReversed } from './status';
import { headline, importOrdersText as importText } from './test-support';

// PayPal's activity download in the account's language: Russian and Chinese headers and types,
// and the Dutch download's chargeback ("Terugboeking"), its reversal and the status "Teruggeboekt".

describe('what a row of a Russian, Chinese or Dutch PayPal download is', () => {
	it.each([
		// Russian: payments received, refunds, reversals and chargebacks, and money moving.
		['Платеж на веб-сайте', 'Кредит', 54, 'received'],
		['Экспресс-платеж', 'Кредит', 30, 'received'],
		['Мобильный платеж', 'Кредит', 15, 'received'],
		['Платёж по подписке', 'Кредит', 9.99, 'received'],
		['Пожертвование', 'Кредит', 5, 'received'],
		['Возврат платежа', 'Дебет', -30, 'returned'],
		['Возврат средств', 'Дебет', -30, 'returned'],
		['Отмена платежа', 'Дебет', -30, 'returned'],
		['Возвратный платеж', 'Дебет', -40, 'returned'],
		['Отмена возвратного платежа', 'Кредит', 40, 'restored'],
		['Конвертация валюты', 'Кредит', 18.4, 'other'],
		['Снятие средств', 'Дебет', -1000, 'other'],
		['Комиссия за возвратный платеж', 'Дебет', -20, 'other'],
		['Удержание средств для рассмотрения спора', 'Дебет', -30, 'other'],
		['Массовый платеж', 'Кредит', 250, 'other'],
		['Платеж на веб-сайте', 'Дебет', -54, 'other'],
		// Chinese (simplified, and traditional): the same.
		['网站付款', '贷记', 54, 'received'],
		['快速结账付款', '贷记', 30, 'received'],
		['快速結帳付款', '貸記', 30, 'received'],
		['移动支付', '贷记', 15, 'received'],
		['普通付款', '贷记', 20, 'received'],
		['订阅付款', '贷记', 9.99, 'received'],
		['付款退款', '借记', -30, 'returned'],
		['退款', '借记', -30, 'returned'],
		['付款撤销', '借记', -30, 'returned'],
		['退单', '借记', -40, 'returned'],
		['退单撤销', '贷记', 40, 'restored'],
		['争议费', '借记', -20, 'other'],
		['冻结余额以调查争议', '借记', -30, 'other'],
		['取消冻结以解决争议', '贷记', 30, 'other'],
		['普通冻结放款', '贷记', 30, 'other'],
		['普通提现', '借记', -1000, 'other'],
		['一般货币兑换', '贷记', 18.4, 'other'],
		['集中付款', '贷记', 250, 'other'],
		['网站付款', '借记', -54, 'other'],
		['网站付款', '备注', 54, 'other'],
		// Dutch: a chargeback ("Terugboeking") and its reversal, a refund of a payment in other words.
		['Terugboeking', 'Af', -40, 'returned'],
		['Terugbetaling van betaling', 'Af', -30, 'returned'],
		['Terugboeking van betaling', 'Af', -30, 'returned'],
		['Annulering van terugboeking', 'Bij', 40, 'restored'],
		['Terugboeking geannuleerd', 'Bij', 40, 'restored'],
		['Kosten voor terugboeking', 'Af', -20, 'other'],
		['Annulering van blokkering voor geschillenoplossing', 'Bij', 30, 'other'],
		// A balance impact in words not listed: the gross amount's sign says, as without the column.
		['Website Payment', 'Zugang', 54, 'received'],
		['Payment Refund', 'Abgang', -30, 'returned'],
		['Website Payment', 'Memo', 25, 'other']
	] as const)('%s (%s, %d) is %s', (type, impact, gross, kind) => {
		expect(paymentKind(type, impact, gross)).toBe(kind);
	});

	it('is read from the Russian and Chinese headers', () => {
		const header = (line: string) => line.split(',').map(normaliseHeader);
		expect(
			paymentLedgerOf(
				header(
					'Дата,Время,Часовой пояс,Имя,Тип,Статус,Валюта,Брутто,Комиссия,Нетто,Адрес электронной почты отправителя,' +
						'Адрес электронной почты получателя,Код транзакции,Код связанной транзакции,Влияние на баланс'
				)
			)
		).toEqual({ type: 4, counterparty: 11, reference: 13, impact: 14 });
		expect(
			paymentLedgerOf(
				header('Дата,Имя,Тип,Статус,Брутто,Эл. адрес отправителя,Эл. адрес получателя,Код транзакции')
			)
		).toEqual({ type: 2, counterparty: 6 });
		expect(paymentLedgerOf(header(CHINESE_HEADER))).toEqual({
			type: 4,
			counterparty: 11,
			reference: 24,
			impact: 40
		});
		expect(paymentLedgerOf(header('日期,名稱,類型,狀態,總額,寄件人電郵地址,收件人電郵地址,交易編號'))).toEqual({
			type: 2,
			counterparty: 6
		});
		// A shop's orders export with a type and an e-mail is none.
		expect(paymentLedgerOf(header('订单号,邮箱,类型,总额,日期'))).toBeNull();
	});

	it.each([
		['Teruggeboekt', 'refunded', true],
		['Terugbetaald', 'refunded', false],
		['Voltooid', 'kept', false]
	] as const)('the Dutch status %s is %s (reversed: %s)', (status, expected, reversed) => {
		expect(classifyStatus('generic', status)).toBe(expected);
		expect(saysReversed(status)).toBe(reversed);
	});
});

// The header of PayPal's Chinese (simplified) activity download, all its columns.
const CHINESE_HEADER =
	'日期,时间,时区,名称,类型,状态,币种,总额,费用,净额,发件人邮箱地址,收件人邮箱地址,交易号,收货地址,地址状态,' +
	'物品名称,物品号,运费和手续费金额,保险金额,营业税,选项 1 名称,选项 1 值,选项 2 名称,选项 2 值,参考交易号,' +
	'账单号,自定义号码,数量,收据号,余额,地址第1行,地址第2行/区/临近地区,城镇/城市,省/市/自治区/直辖市/特别行政区,' +
	'邮政编码,国家/地区,联系电话号码,主题,备注,国家/地区代码,引起余额变动';

describe('a Russian or Chinese PayPal download imported, with no column chosen by hand', () => {
	// Both: Anna pays twice, one payment refunded in part; Boris pays once and is refunded in full;
	// the shop converts currency and withdraws (and, in Chinese, receives a platform's mass payment).
	// Hand-worked: Anna 40.00 and 60.00 − 15.00 = 45.00; Boris's 25.00 refunded in full: 2 orders,
	// 1 customer, 85.00; refunded 25.00 + 15.00 = 40.00.
	it('reads the Russian download', async () => {
		const header =
			'Дата,Время,Часовой пояс,Имя,Тип,Статус,Валюта,Брутто,Комиссия,Нетто,Адрес электронной почты отправителя,' +
			'Адрес электронной почты получателя,Код транзакции,Код связанной транзакции,Влияние на баланс\n';
		const row = (
			date: string,
			name: string,
			type: string,
			gross: string,
			from: string,
			to: string,
			id: string,
			ref: string,
			impact: string
		) =>
			`${date},12:00:00,Europe/Moscow,${name},${type},Завершено,EUR,"${gross}","0,00","${gross}",${from},${to},${id},${ref},${impact}\n`;
		const text =
			header +
			row('15.01.2024', 'Анна', 'Платеж на веб-сайте', '40,00', 'anna@x.ru', 'shop@x.ru', 'T1', '', 'Кредит') +
			row('16.01.2024', 'Борис', 'Экспресс-платеж', '25,00', 'boris@x.ru', 'shop@x.ru', 'T2', '', 'Кредит') +
			row('17.01.2024', '', 'Конвертация валюты', '-10,00', 'shop@x.ru', '', 'T3', '', 'Дебет') +
			row('20.01.2024', 'Борис', 'Возврат платежа', '-25,00', 'shop@x.ru', 'boris@x.ru', 'T4', 'T2', 'Дебет') +
			row('01.03.2024', 'Анна', 'Мобильный платеж', '60,00', 'anna@x.ru', 'shop@x.ru', 'T5', '', 'Кредит') +
			row('30.03.2024', 'Анна', 'Возврат платежа', '-15,00', 'shop@x.ru', 'anna@x.ru', 'T6', 'T5', 'Дебет') +
			row('31.03.2024', '', 'Снятие средств', '-70,00', 'shop@x.ru', '', 'T7', '', 'Дебет');
		const { plan, report, result } = await importText(text);
		expect(plan.paymentLedger).toBeDefined();
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 85 });
		expect(result.customers).toEqual(['anna@x.ru']);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.partlyRefunded.examples).toEqual([{ file: 0, row: 7 }]);
		expect(report.refunds.refundedAmount).toBeCloseTo(40, 2);
		expect(report.skipped.notPayment?.examples.map((e) => e.value)).toEqual([
			'Конвертация валюты',
			'Снятие средств'
		]);
		expect(report.firstDay).toBe(Date.UTC(2024, 0, 15) / 86_400_000);
	});

	it('reads the Chinese download', async () => {
		const row = (
			date: string,
			name: string,
			type: string,
			gross: string,
			from: string,
			to: string,
			id: string,
			ref: string,
			impact: string
		) =>
			`${date},12:00:00,PST,${name},${type},已完成,USD,${gross},0.00,${gross},${from},${to},${id},,,` +
			`茶杯,,0.00,,0.00,,,,,${ref},,,1,,100.00,,,,,,,,,,CN,${impact}\n`;
		const text =
			CHINESE_HEADER +
			'\n' +
			row('2024/1/15', '安娜', '网站付款', '40.00', 'anna@x.cn', 'shop@x.cn', 'T1', '', '贷记') +
			row('2024/1/16', '鲍里斯', '快速结账付款', '25.00', 'boris@x.cn', 'shop@x.cn', 'T2', '', '贷记') +
			row('2024/1/17', '', '一般货币兑换', '-10.00', 'shop@x.cn', '', 'T3', '', '借记') +
			row('2024/1/20', '鲍里斯', '付款退款', '-25.00', 'shop@x.cn', 'boris@x.cn', 'T4', 'T2', '借记') +
			row('2024/3/1', '安娜', '移动支付', '60.00', 'anna@x.cn', 'shop@x.cn', 'T5', '', '贷记') +
			row('2024/3/30', '安娜', '付款退款', '-15.00', 'shop@x.cn', 'anna@x.cn', 'T6', 'T5', '借记') +
			row('2024/3/31', '', '普通提现', '-70.00', 'shop@x.cn', '', 'T7', '', '借记') +
			row('2024/4/2', '平台', '集中付款', '250.00', 'platform@x.cn', 'shop@x.cn', 'T8', '', '贷记');
		const { plan, report, result } = await importText(text);
		expect(plan.paymentLedger).toBeDefined();
		expect(headline(report)).toEqual({ orders: 2, customers: 1, revenue: 85 });
		expect(result.customers).toEqual(['anna@x.cn']);
		expect(report.refunds.fullyRefunded.count).toBe(1);
		expect(report.refunds.partlyRefunded.examples).toEqual([{ file: 0, row: 7 }]);
		expect(report.refunds.refundedAmount).toBeCloseTo(40, 2);
		expect(report.skipped.notPayment?.examples.map((e) => e.value)).toEqual([
			'一般货币兑换',
			'普通提现',
			'集中付款'
		]);
		expect(report.firstDay).toBe(Date.UTC(2024, 0, 15) / 86_400_000);
	});
});

describe('chargebacks in the Dutch, Russian and Chinese downloads', () => {
	const HEADER =
		'Datum,Naam,Type,Status,Valuta,Bruto,Van e-mailadres,Naar e-mailadres,Transactiereferentie,Reference Txn ID,Effect op saldo\n';
	const row = (
		date: string,
		name: string,
		type: string,
		status: string,
		gross: string,
		from: string,
		to: string,
		id: string,
		ref: string,
		impact: string
	) => `${date},${name},${type},${status},EUR,"${gross}",${from},${to},${id},${ref},${impact}\n`;

	/** Each language's abridged header, and its words: payment, chargeback, its fee, its reversal, completed, credit, debit. */
	const LANGUAGES = {
		nl: {
			header: HEADER,
			words: [
				'Websitebetaling',
				'Terugboeking',
				'Kosten voor terugboeking',
				'Annulering van terugboeking',
				'Voltooid',
				'Bij',
				'Af'
			]
		},
		ru: {
			header:
				'Дата,Имя,Тип,Статус,Валюта,Брутто,Адрес электронной почты отправителя,Адрес электронной почты получателя,' +
				'Код транзакции,Код связанной транзакции,Влияние на баланс\n',
			words: [
				'Платеж на веб-сайте',
				'Возвратный платеж',
				'Комиссия за возвратный платеж',
				'Отмена возвратного платежа',
				'Завершено',
				'Кредит',
				'Дебет'
			]
		},
		zh: {
			header: '日期,名称,类型,状态,币种,总额,发件人邮箱地址,收件人邮箱地址,交易号,参考交易号,引起余额变动\n',
			words: ['网站付款', '退单', '争议费', '退单撤销', '已完成', '贷记', '借记']
		}
	};

	it.each(Object.entries(LANGUAGES))(
		'%s: takes a chargeback off its payment, and gives it back when the chargeback is reversed',
		async (_language, { header, words }) => {
			const [paid, chargeback, fee, won, done, credit, debit] = words;
			const text =
				header +
				row('15-01-2024', 'Ann', paid, done, '40,00', 'ann@x.nl', 'shop@x.nl', 'T1', '', credit) +
				row('16-01-2024', 'Bo', paid, done, '25,00', 'bo@x.nl', 'shop@x.nl', 'T2', '', credit) +
				row('17-01-2024', 'Cy', paid, done, '30,00', 'cy@x.nl', 'shop@x.nl', 'T3', '', credit) +
				row('20-02-2024', 'Ann', chargeback, done, '-40,00', 'shop@x.nl', 'ann@x.nl', 'C1', 'T1', debit) +
				row('20-02-2024', '', fee, done, '-20,00', 'shop@x.nl', '', 'C2', 'T1', debit) +
				row('21-02-2024', 'Cy', chargeback, done, '-30,00', 'shop@x.nl', 'cy@x.nl', 'C3', 'T3', debit) +
				row('10-03-2024', 'Cy', won, done, '30,00', 'cy@x.nl', 'shop@x.nl', 'C4', 'T3', credit);
			const { plan, report } = await importText(text);
			expect(plan.paymentLedger).toBeDefined();
			// Hand-worked: Ann's 40.00 charged back in full, left out with her; Cy won back: Bo 25.00, Cy 30.00.
			expect(headline(report)).toEqual({ orders: 2, customers: 2, revenue: 55 });
			expect(report.refunds.fullyRefunded.count).toBe(1);
			expect(report.skipped.chargebackReversed?.examples.map((e) => e.row).sort()).toEqual([7, 8]);
			expect(report.skipped.notPayment?.examples.map((e) => e.value)).toEqual([fee]);
			// A reversal naming the chargeback itself (not its payment) undoes it the same.
			const byOwnId = await importText(text.replace('C4,T3,', 'C4,C3,'));
			expect(byOwnId.report.revenue).toBe(55);
		}
	);

	it.each([
		['Chargeback', true, true],
		['Chargeback Reversal', true, true],
		['Payment Reversal', false, true],
		['Payment Refund', false, false],
		['Terugboeking', true, true],
		['Annulering van terugboeking', true, true],
		['Terugboeking betaling', false, true],
		['Terugbetaling', false, false],
		['Возвратный платеж', true, true],
		['Отмена возвратного платежа', true, true],
		['Отмена платежа', false, true],
		['Возврат платежа', false, false],
		['退单', true, true],
		['退单撤销', true, true],
		['付款撤销', false, true],
		['付款退款', false, false]
	] as const)('%s: a chargeback %s, a dispute %s', (type, chargeback, dispute) => {
		expect([isChargeback(type), isDispute(type)]).toEqual([chargeback, dispute]);
	});

	// Ann's payment T1 of 40.00, marked "Teruggeboekt" (Reversed), and Di's T4 of 20.00.
	const PAID =
		HEADER +
		row('15-01-2024', 'Ann', 'Websitebetaling', 'Teruggeboekt', '40,00', 'ann@x.nl', 'shop@x.nl', 'T1', '', 'Bij') +
		row('16-01-2024', 'Di', 'Websitebetaling', 'Voltooid', '20,00', 'di@x.nl', 'shop@x.nl', 'T4', '', 'Bij');
	const CHARGEBACK = row(
		'01-02-2024',
		'Ann',
		'Terugboeking',
		'Voltooid',
		'-40,00',
		'shop@x.nl',
		'ann@x.nl',
		'C1',
		'T1',
		'Af'
	);
	const WON = row(
		'01-03-2024',
		'Ann',
		'Annulering van terugboeking',
		'Voltooid',
		'40,00',
		'ann@x.nl',
		'shop@x.nl',
		'C2',
		'C1',
		'Bij'
	);

	it.each([
		// Its chargeback reversed: the shop won the dispute, the payment stands (40.00 + 20.00).
		['chargeback reversed', PAID + CHARGEBACK + WON, { orders: 2, customers: 2, revenue: 60 }],
		// Its chargeback stands: refunded in full by it (Di's 20.00 only).
		['chargeback standing', PAID + CHARGEBACK, { orders: 1, customers: 1, revenue: 20 }],
		// No row returning it: refunded by its status (Di's 20.00 only).
		['no row returning it', PAID, { orders: 1, customers: 1, revenue: 20 }]
	])('a payment marked Teruggeboekt, %s', async (_case, text, expected) => {
		const { report } = await importText(text);
		expect(headline(report)).toEqual(expected);
		expect(report.warnings.map((w) => w.code)).not.toContain('unknownStatuses');
	});
});
