import type en from '../en/profit';
import type { Catalogue } from '../messages';

/** 利润页面的文本：按同期群的毛利 LTV、LTV:CAC 与 CAC 回收期。 */
const profit: Catalogue<typeof en> = {
	title: '利润：毛利 LTV、LTV:CAC 与回收期',
	link: '利润：毛利 LTV、LTV:CAC 与 CAC 回收期',
	intro: '扣除成本后，一位客户自首单起逐月值多少钱，以及需要多久才能赚回获取该客户所花的费用。',
	summaryOnly: '此数据集是不含订单的客户汇总：无法据此计算自首单起各月的毛利。',

	costsHeading: '您的成本',
	costsHelp: '逐项输入成本（没有的填 0）。它们按数据集保存在此浏览器中，不会发送到任何地方。',
	cogs: '商品成本（占净销售额的 %）',
	shipping: (p) =>
		`每笔订单您的运费成本（${p.currency}）：您支付的运费，减去客户为运费支付给您的部分（净销售额不含运费）`,
	shippingInTotals: (p) =>
		`每笔订单您的运费成本（${p.currency}）：您支付的运费（本数据集的订单金额可能已包含客户支付的运费）`,
	shippingBasisUnknown: (p) =>
		`每笔订单您的运费成本（${p.currency}）：您支付的运费；若本数据集的收入不含运费，则减去客户为运费支付的部分（见其导入报告）`,
	feeShare: '支付手续费（占订单金额的 %）',
	feeFixed: (p) => `每笔订单的支付手续费（${p.currency}，固定）`,
	cac: (p) => `客户获取成本 CAC（每位新客户 ${p.currency}）`,
	cacHelp: '留空则只显示毛利。',
	invalidPercent: '请输入 0 到 100 之间的百分比。',
	invalidMoney: '请输入 0 或更大的金额。',
	invalidCac: '请输入大于 0 的金额，或留空。',
	typeCosts: '请在上方输入全部四项成本（没有的填 0）以查看毛利。',
	costsAboveSales: '商品成本与支付手续费合计超过净销售额的 100 %：每笔销售都在亏损。',
	channelMissing:
		'所有客户使用同一个 CAC。按销售渠道设定 CAC 需要每笔首单的渠道（例如 Shopify 的 Source 列），而此数据集未保存该列；之后的导入改进会保存它。',
	channelStored: '除非在下方按渠道设定 CAC，否则所有客户使用同一个 CAC：此数据集保存了每笔订单的销售渠道。',
	channelHeading: '按首单渠道设定 CAC（可选）',
	channelHelp:
		'留空的渠道使用上方的 CAC。同期群每位客户的 CAC 为加权平均：Σ（经该渠道获得的客户 × 该渠道 CAC）÷ 同期群客户数。',
	channelLabel: (p) => `${p.channel}（${p.customers} 位客户）`,
	channelNone: '无渠道',
	channelMore: (p) => `其余 ${p.count} 个较小渠道使用上方的 CAC。`,
	cacHeader: '每位客户 CAC',
	cacBlended: '各群组按其渠道加权的每位客户 CAC（见下文）',

	basisNetSales: '这里的收入是净销售额：扣除折扣、退款和退货，不含税费和运费，由导入时从文件计算得出。',
	basisLineItems: '这里的收入是按文件中价格计算的商品行销售额（数量 × 单价）。如果价格含税，毛利会被税额高估。',
	basisLessShipping:
		'这里的收入是文件中的订单总额减去运费，可能包含税费（文件没有税费列）：税费不属于您，因此毛利被高估。',
	basisLineAmounts:
		'这里的收入是文件中各商品金额之和（每件商品一行），其中可能包含税费和顾客支付的运费：税费不属于你，因此毛利会被税额高估。',
	basisOrderTotals:
		'这里的收入是文件中的订单总额，可能包含税费和客户支付的运费：税费不属于您，因此毛利被高估（减去据此计算的成本和手续费部分）。',
	basisMixed: '此数据集的文件按不同方式计值：部分金额可能是含税费和运费的订单总额，会使毛利被高估。',
	feeBasis:
		'支付手续费按净销售额计算；支付机构对客户支付的税费和运费也收取手续费，因此手续费略被低估，毛利略被高估。',
	formulaMargin:
		'订单毛利 = 净销售额 × (1 − 商品成本 % − 手续费 %) − 您的运费成本 − 固定手续费。每笔保留的订单都计入，金额为 0 的也不例外。',
	cogsFromFile: (p) => `文件为全部 ${p.orders} 笔订单提供了商品成本：毛利按这些成本计算，上面的百分比不需要填写。`,
	cogsFromFilePartly: (p) =>
		`文件为 ${p.withCost} 笔订单提供了商品成本：毛利按这些成本计算。有 ${p.without} 笔订单在文件中没有成本，对它们使用上面的百分比。`,
	cogsBasisPercent: (p) => `商品成本：按输入的净销售额的 ${p.percent}（文件中没有成本列）。`,
	cogsBasisStored: (p) =>
		`商品成本：文件自带的每单成本（行成本 × 数量之和），覆盖全部 ${p.orders} 笔订单；不使用百分比。`,
	cogsBasisMixed: (p) =>
		`商品成本：${p.withCost} 笔订单使用文件中的成本；${p.without} 笔订单在文件中没有成本，改按输入的其净销售额的 ${p.percent} 计算。对这些订单，毛利的准确程度取决于该百分比。`,
	cogsPartial: (p) =>
		`在使用文件成本的订单中，有 ${p.count} 个订单缺少部分行的成本（共 ${p.lines} 行没有成本，见导入报告）：只计入其他行的成本，因此其毛利偏高。`,
	formulaMarginStored:
		'订单毛利 = 净销售额 × (1 − 手续费 %) − 该订单的商品成本 − 您的运费成本 − 固定手续费；商品成本取自文件，没有成本的订单按输入的净销售额百分比计算。部分退款订单的成本按其净销售额的同一比例减少。',
	formulaLtv:
		'同期群 m 个月后的毛利 LTV = 其第 0 个月到第 m 个月的毛利 ÷ 其客户数。第 0 个月是客户在本数据中首单所在的自然月；月份按自然月计算，与分析页面的同期群一致。',
	basisCustomers: (p) => `基于 ${p.from} 至 ${p.to} 有订单的 ${p.customers} 位客户。`,
	partial: (p) =>
		`数据在 ${p.month} 中途结束（覆盖该月 ${p.days} 天中的 ${p.covered} 天）：该月在每个同期群中都不完整。它会显示并标注“不完整”，但不用于 LTV:CAC 和全部客户曲线。`,

	chartTitle: '每位客户的累计毛利',
	chartDescription: '毛利 LTV 曲线：每个首单月份一条线，另有一条代表全部客户，横轴为自首单起的月数。',
	monthsSince: '自首单起的月数',
	monthLong: (p) => `第 ${p.month} 个月`,
	allCustomers: '全部客户',
	allHelp:
		'全部客户：自首单起的每个月，取完整观察了该月的所有同期群的毛利 ÷ 其客户数。到达较晚月份的同期群较少，因此计入的客户数会减少（见表格），曲线也可能下降。全部客户的 LTV:CAC 和回收期只计入观察了足够久且未被标记的同期群，并使用它们自己的混合 CAC；每个单元格都注明涉及多少客户、观察到第几个月。',
	earlierMark: '可能包含数据开始之前就购买过的客户',
	fewMark: (p) => `少于 ${p.min} 位客户：仅供粗略参考`,
	fewNote: (p) =>
		`${p.total} 个同期群中有 ${p.count} 个少于 ${p.min} 位客户（已标记）：它们的每客户毛利、LTV:CAC 和回收期只是少数客户的平均值，一位大客户或一位流失客户就可能大幅改变它们。请把它们视为粗略数字，正如首单细分和同期群表对此类群组的标记。`,
	earlierNote: (p) =>
		`数据始于 ${p.from}。${p.first} 至 ${p.last} 的同期群（${p.customers} 位客户）开始于该日之后不到一个活跃窗口（${p.window} 个月，与分析页面相同）：其中的客户可能在数据开始前就购买过，那样他们并非新客户，也没有为其支付 CAC。这些同期群已被标记，不计入全部客户的 LTV:CAC 和回收期。`,
	allSoFar: (p) => `全部 ${p.customers} 位客户，各自从首单到 ${p.day}`,
	allBasis: (p) => `${p.total} 位客户中的 ${p.customers} 位，观察到第 ${p.month} 个月；其 CAC 为 ${p.cac}`,
	allOnlyEarlier: '无：观察了这么久的只有可能包含早先买家的同期群',
	allNoneUnmarked: '无：每个同期群都可能包含数据开始前就购买过的客户',
	allPaybackNotYet: (p) => `尚未回收：在已观察的月份内（至第 ${p.month} 个月）没有任何客户组收回其 CAC`,
	channelQuoted: (p) => `“${p.channel}”`,
	noCacFor: (p) => `渠道 ${p.channels} 没有 CAC：请在上方为其输入 CAC，或输入一个总体 CAC`,
	noCacForSmall: (p) => `渠道 ${p.channels} 没有 CAC：请在上方输入总体 CAC（较小的渠道没有单独的输入框）`,
	noCacShort: (p) => `渠道 ${p.channels} 没有 CAC`,
	allPaybackSkipped: (p) =>
		`仅观察到第 ${p.month} 个月或更早的客户组未计入：其中有通过渠道 ${p.channels} 获得的客户，该渠道没有 CAC`,
	countedHeading: '全部客户曲线计入的客户数',

	summaryHeading: '按同期群的 LTV:CAC 与 CAC 回收期',
	cohortHeader: '首单月份',
	customersHeader: '客户',
	salesHeader: '净销售额',
	marginHeader: '毛利',
	perCustomerHeader: '迄今每位客户的毛利',
	ltvCacHeader: (p) => `第 0–${p.months} 个月的 LTV:CAC`,
	paybackHeader: 'CAC 回收期',
	formulaLtvCac: (p) =>
		`第 0–m 个月的 LTV:CAC = 从第 0 个月（首单所在月，通常不完整）到第 m 个月（含）每位客户的累计毛利 ÷ CAC（${p.cac}），仅适用于完整观察了第 m 个月的同期群；从不外推。3:1 只是经验法则，并非定律。`,
	formulaPayback: 'CAC 回收期 = 自首单起每位客户累计毛利首次达到 CAC 的月份。',
	noCac: '输入 CAC 以查看 LTV:CAC 和回收月份。',
	notObserved: '尚未观察到',
	paybackMonth: (p) => `第 ${p.month} 个月`,
	paybackNotYet: (p) => `尚未回收（已观察 ${p.months} 个月）`,
	partialMark: '不完整',
	exportCsv: '下载表格（CSV）',
	exportNote: '文件在此浏览器中生成并保存在此设备上；不会上传任何内容。',
	csvMonth: (p) => `每位客户毛利，第 ${p.month} 个月`
};

export default profit;
