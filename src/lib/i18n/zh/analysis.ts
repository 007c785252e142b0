import type en from '../en/analysis';
import type { Catalogue } from '../messages';
import { names } from './sources';

/** “分析”部分的文字。 */

const analysis: Catalogue<typeof en> = {
	title: '分析',
	intro: '在此浏览器中计算一个数据集的留存、同期群和细分群体。',
	dataset: '数据集',
	noDatasets: '还没有数据集。',
	importFirst: '请先导入订单',
	pick: '选择数据集',
	computing: '正在分析……',
	notFound: '此数据集已不存在（可能已在另一个标签页中被删除）。',
	summaryOnly:
		'此数据集是按客户汇总的数据：其中没有单笔订单，因此没有周期、同期群或细分群体。预测的终身价值可以基于它计算。',
	failed: (p) => `分析失败：${p.detail}`,
	range: (p) => `${p.customers} 位客户的 ${p.orders} 笔订单，${p.from} – ${p.to}。`,
	zeroValueOrders: (p) =>
		`已计为订单：数据集中金额为 0 的订单 ${p.count} 笔（免费样品、换货、全额折扣的订单；见其导入报告）。它们在所有指标中都计为订单（订单数、平均订单价值、购买频率、复购率、留存、同期群和 CLV 模型）；唯一订单金额为 0 的顾客也算作顾客。`,
	unknownStatuses: (p: { count: string; statuses: string }) =>
		`已按购买计入 ${p.count} 个状态无法识别的订单（${p.statuses}）。如果某个状态表示订单未付款、已取消或已退款，订单数、收入和复购指标中就包含了并非销售的订单（参见该数据集的导入报告）。`,
	currencyNotCode: (p: { code: string }) =>
		`此数据集的货币保存为“${p.code}”，这不是货币代码：金额以普通数字显示，旁边标注“${p.code}”。重新导入该文件即可重新读取其货币。`,
	currencyAssumed: (p: { currency: string }) =>
		`文件未注明货币（导入报告中也有说明）：金额按您的设置以 ${p.currency} 显示。如果这不是它们的货币，请在设置中更改（无需重新导入）。`,
	currencyAssumedBrowser: (p: { currency: string }) =>
		`文件未注明货币（导入报告中也有说明）：金额以 ${p.currency}（您浏览器所在地区的货币）显示，因为设置中尚未选择货币。如果这不是它们的货币，请在设置中选择。`,
	sharedCurrencyMarkBrowser: (p: { mark: string; currency: string; currencies: string }) =>
		`文件中的金额带有“${p.mark}”符号，多种货币都使用该符号（${p.currencies}），而文件未注明货币：金额按您浏览器所在地区的货币 ${p.currency} 显示（设置中尚未选择货币）。如果这不是它们的货币，请在设置中选择。`,
	sharedCurrencyMark: (p: { mark: string; currency: string; currencies: string }) =>
		`文件中的金额带有“${p.mark}”符号，多种货币都使用该符号（${p.currencies}），而文件未注明货币：金额按您设置的 ${p.currency} 显示。如果这不是它们的货币，请在设置中更改。`,
	mixedCurrencies: '多种货币混合',
	severalCurrencies: (p: { counts: string }) =>
		`订单使用了多种货币（${p.counts}）。金额未经换算直接相加，因此收入、订单价值和 CLV 混合了不同货币。`,
	severalCurrenciesOf: (p: { name: string; counts: string }) =>
		`${p.name}：订单使用了多种货币（${p.counts}）。其金额未经换算直接相加，不属于任何单一货币，因此不与另一数据集的金额比较。`,
	settings: '设置',
	periodLabel: '周期',
	windowLabel: '活跃窗口期（月）',
	windowShortHint: (p: { period: string; months: string }) =>
		`短于周期（${p.period}）：用它无法衡量 CRR；请至少使用 ${p.months} 个月。`,
	windowHelp: '客户的最后一次购买距今不超过这么长时间，就算作客户群的一员。',
	windowInvalid: '请输入 1 到 36 之间的整数月数。',
	dateRange: {
		heading: '日期范围',
		from: '开始',
		to: '结束',
		presets: '快捷范围',
		preset: {
			last90: '最近 90 天',
			last12Months: '最近 12 个月',
			thisQuarter: '本季度',
			lastQuarter: '上季度',
			thisYear: '今年',
			all: '全部订单'
		},
		presetsHelp: (p: { last: string }) =>
			`快捷范围从数据中最后一笔订单的日期（${p.last}）往前计算，而不是从今天算起。`,
		missingFrom: '请同时输入开始日期，或清空两个日期以使用全部订单。',
		missingTo: '请同时输入结束日期，或清空两个日期以使用全部订单。',
		formatFrom: '开始日期不是有效日期。',
		formatTo: '结束日期不是有效日期。',
		order: '开始日期晚于结束日期。',
		stale: (p: { from: string; to: string }) =>
			`下方的数字仍是上一个有效日期范围 ${p.from} – ${p.to} 的：更正日期后才会更新。`,
		outside: (p: { from: string; to: string }) =>
			`该范围超出了数据：订单从 ${p.from} 到 ${p.to}。请在此区间内选择日期。`,
		rule: '选定范围后，关键指标、细分和同期群只计算范围内的订单。“新客户”指对店铺而言是新的：其有史以来第一笔订单落在范围内的客户。在范围之前购买过的客户是回头客，而不是新客户。分期留存的客户基数取自全部历史，并显示范围内的各期；被范围截断的期不予计算。下方的预测 CLV 使用全部订单。',
		summary: (p: {
			orders: string;
			customers: string;
			from: string;
			to: string;
			newCustomers: string;
			returning: string;
		}) =>
			`${p.from} 至 ${p.to}：${p.customers} 位客户的 ${p.orders} 笔订单；其中 ${p.newCustomers} 位是店铺新客户，${p.returning} 位是回头客（在范围之前购买过）。`,
		newMayBeEarlier: (p: { count: string; total: string; from: string; window: string; until: string }) =>
			`在 ${p.until} 之前首次出现的新客户（距数据起始日 ${p.from} 不足一个 ${p.window} 个月的活跃窗口期）：${p.total} 位中有 ${p.count} 位（可能包含更早的买家）。在数据起始之前购买过的客户在这里没有更早的订单，因此被算作新客户。`,
		notPublished: '范围内的指标只留在本页：行业基准、计划和假设分析页面使用全部订单的指标。'
	},
	periodCompare: {
		heading: '与之前各期比较',
		chooseRange: '选择一个日期范围，即可将其关键指标与紧邻的上一期及一年前的相同日期进行比较。',
		previous: '上一期',
		yearAgo: '一年前',
		previousToDate: {
			month: '上个月的相同日期',
			quarter: '上个季度的相同日期',
			year: '上一年的相同日期'
		},
		previousMonthsToDate: {
			quarter: '上个季度的相同月份',
			year: '上一年的相同月份'
		},
		rangeOf: (p: { label: string; from: string; to: string }) => `${p.label}：${p.from} – ${p.to}`,
		notComparable: '不可比较',
		notComparableWhy: (p: { label: string; dataFrom: string }) =>
			`${p.label}：不可比较，因为数据从 ${p.dataFrom} 开始，未覆盖该范围的全部日期。`,
		figure: (p: { before: string; change: string }) => `${p.before}（${p.change}）`,
		points: (p: { value: string }) => `${p.value} 个百分点`,
		noChange: '无法计算变化',
		flaggedHelp:
			'在任一范围内不是单纯事实的数值（由短时间段外推的年度数值、高于 100% 或尚无法衡量的 CRR）标为“不可比较”：其变化不是事实。',
		changeHelp: '比率的变化以百分点表示，金额和数量的变化以百分比表示。之前的数值为 0 或更小时，不给出百分比变化。'
	},
	kpi: {
		heading: '关键指标',
		showFormula: '这是怎么算的？',
		customers: '客户数',
		orders: '订单数',
		revenue: '收入（订单总额）',
		revenuePerCustomer: '截至目前的每客户收入',
		aov: '平均订单价值',
		frequency: '购买频率',
		frequencyUnit: '每位客户每年的订单数',
		repeat: '复购率',
		crr: (p) => `客户留存率（${p.period}）`,
		churn: (p) => `流失率（${p.period}）`,
		clv: '简易 CLV（AOV × 频率 × 生命周期）',
		notAvailable: '无法计算',
		notMeasurable: '尚无法衡量',
		flagged: '请谨慎解读',
		customersFormula: (p) => `至少有一笔保留订单的客户：${p.customers}。`,
		ordersFormula: (p) => `经导入检查后保留的订单：${p.orders}。`,
		revenueNetSales: '净销售额',
		revenueLineItems: '销售额（数量 × 价格）',
		revenueNetSalesFormula: (p: { revenue: string }) =>
			`保留订单的净销售额之和：扣除折扣、退款中属于销售的部分以及退货和贷项凭证之后；税费和运费不是销售额，不计入其中：${p.revenue}。`,
		revenueLineItemsFormula: (p: { revenue: string }) =>
			`保留订单各行的数量 × 单价之和，扣除退货和贷项凭证，按文件中的价格计算（文件没有税费或运费列）：${p.revenue}。`,
		revenueLessShipping: '收入（订单总额减运费）',
		revenueLessShippingFormula: (p: { revenue: string }) =>
			`保留订单的总额减去运费之和，再减去退款中的销售部分和退货；文件没有税费列，因此该数字可能包含税费：${p.revenue}。`,
		revenueLineAmounts: '收入（商品金额）',
		revenueLineAmountsFormula: (p: { revenue: string }) =>
			`保留订单各行金额之和（每件商品一行），减去退款和退货；文件没有把它们拆分为税费和运费，因此可能包含二者：${p.revenue}。`,
		revenueLineTyped: '净销售额（商品行）',
		revenueLineTypedFormula: (p: { revenue: string }) =>
			`保留订单的商品行和折扣行金额之和（每件商品一行），减去退款和退货；文件标为运费、手续费或税费的行不属于销售，不计入其中：${p.revenue}。`,
		revenueParts: '收入构成',
		revenuePartsAllOrders: (p: { from: string; to: string }) =>
			`收入构成：全部订单（${p.from} – ${p.to}），而非所选范围`,
		revenuePartsRangeNote: (p: { from: string; to: string; revenue: string; name: string }) =>
			`导入时按整个数据集（而非每笔订单）记录收入构成，因此此明细涵盖全部订单（${p.from} – ${p.to}），而非所选范围。所选范围只能给出“${p.name}”：${p.revenue}（见上方卡片）。`,
		revenuePartsMissing:
			'此数据集导入时尚未按构成记录收入：请重新导入文件，以分别查看总销售额、折扣、退款、退货、税费和运费。',
		revenueFormula: (p) =>
			`保留订单的总额之和，减去导入时扣除的退款：${p.revenue}。如果文件中的订单总额包含税费和运费，此总和也包含它们。`,
		revenuePerCustomerFormula: (p: { revenue: string; customers: string; value: string; days: string }) =>
			`收入 ÷ 客户数 = ${p.revenue} ÷ ${p.customers} = ${p.value}：在 ${p.days} 天的数据中每位客户截至目前的消费。这不是预测；Windsor Circle 称之为“CLV”。`,
		revenuePerCustomerInRange: '这些日期内的每客户收入',
		revenuePerCustomerRangeFormula: (p) =>
			`收入 ÷ 客户数 = ${p.revenue} ÷ ${p.customers} = ${p.value}：每位客户在这些日期内（${p.days} 天）的消费，而非其全部消费：${p.customers} 位客户中有 ${p.returning} 位在此之前已购买过。这不是预测。`,
		revenuePerCustomerNoOrders: (p) =>
			`这些日期内（${p.days} 天）没有订单：没有客户在此期间购买，因此没有每位客户的收入。`,
		aovNoOrders: (p) => `这些日期内（${p.days} 天）没有订单：没有可平均的订单金额，因此没有 AOV。`,
		repeatNoOrders: (p) => `这些日期内（${p.days} 天）没有订单：没有客户在此期间购买，因此没有复购率。`,
		noOrders: '这些日期内没有订单：无法按客户或按年计算。',
		aovFormula: (p) => `AOV = 收入 ÷ 订单数 = ${p.revenue} ÷ ${p.orders} = ${p.aov}`,
		frequencyFormula: (p) =>
			`f = 订单数 ÷ 客户数 ÷ 数据年数 = ${p.orders} ÷ ${p.customers} ÷ ${p.years} = ${p.f}（${p.days} 天内每位客户 ${p.perCustomer} 笔订单）`,
		frequencyYearFormula: (p) =>
			`f = 订单数 ÷ 下单客户数 = ${p.orders} ÷ ${p.customers} = ${p.f}，统计最近 12 个完整月（${p.year}）：与年度流失率同一年，也是“假设分析”页面使用的 f。（全部数据 ${p.days} 天内每位客户 ${p.perCustomer} 笔订单：那样每一年都把已流失和后来才加入的客户算在内。）`,
		repeatFormula: (p) =>
			`复购率 = 有 2 笔及以上订单的客户数 ÷ 客户数 = ${p.repeat} ÷ ${p.customers} = ${p.rate}。这就是 Metrilo 所说的“留存率”，并不是下方的 CRR。`,
		crrFormula: (p) =>
			`CRR = (E − N) ÷ S × 100 = (${p.e} − ${p.n}) ÷ ${p.s} × 100 = ${p.crr}，统计周期为 ${p.period}（S = 期初客户群人数，E = 期末客户群人数，N = 期内新增客户数）。`,
		churnFormula: (p) => `流失率 = 1 − CRR = ${p.churn}，统计周期为 ${p.period}。${p.yearly}`,
		yearlyChurnOtherYear: (p) =>
			`简单 CLV 使用的年度流失率是最近 12 个完整月（${p.year}）的，而不是 ${p.period} 的：活跃窗口 ${p.window} 个月，CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}，因此年度流失率 = ${p.churn}。`,
		yearlyChurn: (p) =>
			`年度数值是实测的，而不是由此 CRR 复合推算（有活跃窗口时，周期 CRR 不是恒定比率）：最近 12 个完整月，${p.year}，活跃窗口 ${p.window} 个月，CRR = (${p.e} − ${p.n}) ÷ ${p.s} = ${p.crr}，因此年度流失率 = ${p.churn}。`,
		yearlyChurnNone: (p) =>
			`没有年度流失率：它按数据（或日期范围）最近 12 个完整月、以 12 个月活跃窗口实测，因此需要 24 个完整月，从不由更短周期的 CRR 复合推算。${p.reason}`,
		clvFormula: (p) =>
			`CLV = AOV × f × t = ${p.aov} × ${p.f} × ${p.t} = ${p.clv}，其中 t = ${p.tSource}。这是${names['004']}给出的公式；t 通常为 1–3 年。`,
		tFromChurn: (p) =>
			`1 ÷ 年度流失率 = 1 ÷ ${p.yearly} = ${p.t} 年（年度流失率实测于 ${p.year}；粗略估算：假设流失率保持不变）`,
		tChosen: (p) => `${p.t} 年（您自己选择的值）`,
		noPeriod: '数据中还没有任何周期。',
		noClv: '需要每年频率和大于 0 的年度流失率（按最近 12 个完整月实测），或在下方自行选择生命周期。',
		repeatByDays: (p: { orders: string; days: string }) =>
			`按订单计，有 ${p.orders} 位客户购买了不止一次；按购买日计（预测 CLV 模型的计法），有 ${p.days} 位客户在两个或更多不同的日子购买（同一天的多笔订单在那里算一次购买）。`,
		frequencyRefused: (p: { days: string; min: string; perCustomer: string }) =>
			`未换算为每年：数据跨度为 ${p.days} 天，而年度数值至少需要 ${p.min} 天。在这 ${p.days} 天内：每位客户 ${p.perCustomer} 笔订单。`,
		frequencyExtrapolated: (p: { days: string; full: string }) =>
			`由 ${p.days} 天外推到一年（一年按 ${p.full} 天计）：尚看不到季节性和购买间断，因此其他页面不使用此值。`,
		churnAboveHundred: (p: { churn: string }) => `流失率 = 1 − CRR = ${p.churn}：低于零，因为 CRR 高于 100%。`,
		clvExtrapolated: (p: { days: string }) => `其频率由 ${p.days} 天的数据外推而来。`,
		lifetimeLabel: 'CLV 的生命周期 t（年；留空 = 根据流失率计算）',
		lifetimeInvalid: '请输入 0.1 到 50 之间的年数。'
	},
	retention: {
		heading: '按周期的留存率与流失率',
		chartTitle: (p) => `每${p.period}的 CRR 与流失率`,
		chartDescription: (p) =>
			`各${p.period}的客户留存率 (E − N) ÷ S 与流失率 (1 − CRR)，活跃窗口期为 ${p.window} 个月。`,
		crr: 'CRR',
		churn: '流失率',
		period: '周期',
		start: 'S（期初客户群）',
		end: 'E（期末客户群）',
		acquired: 'N（新增）',
		partial: (p: { covered: string; days: string }) => `（不完整：${p.days} 天中的 ${p.covered} 天）`,
		cutByRange: (p: { covered: string; days: string }) =>
			`（被日期范围截断：其 ${p.days} 天中有 ${p.covered} 天在范围内）`,
		cutNote: '被日期范围截断的周期不显示 S、E、N 和 CRR：它们会统计整个周期，而不仅是其在范围内的天数。',
		aboveHundredFlag: (p: { n: string }) => `（高于 100%：${p.n} 位回归客户）`,
		notMeasurable: '尚无法衡量',
		partialNote: (p: { period: string; covered: string; days: string }) =>
			`${p.period} 不完整：数据只覆盖其 ${p.days} 天中的 ${p.covered} 天。其数值不能与完整周期比较，那里的低值并非下降；它没有 CRR。`,
		measurableNote: (p: { window: string }) =>
			`CRR 仅对完整周期（数据覆盖其第一天到最后一天）可衡量，且其之前至少有 ${p.window} 个月的数据（一个活跃窗口期，使 S 完整），期初有客户。其他周期显示“尚无法衡量”——此处、图表和关键指标中都一样。`,
		warmingUp: '（客户群仍在形成）',
		noOrdersFlag: '（无订单）',
		noOrdersNote: (p) =>
			`${p.periods}${p.more === '0' ? '' : ` 及另外 ${p.more} 个周期`}没有任何订单。如果店铺当时有销售，说明导出缺少这些日期（漏了某个月的文件？），其前后周期的 S、E、N 和 CRR 都未计入这些订单。`,
		warmingUpNote:
			'标为“客户群仍在形成”的周期，其开始时间距数据中的第一笔订单不足一个活跃窗口期：在数据起始之前购买过的客户不在 S 中，因此这些周期的 CRR 并不可靠，而其中再次下单的客户会被算作 N 中的新客户。',
		windowShort: '无法衡量：窗口期短于周期',
		noBase: '期初没有客户',
		noChart: '还没有任何周期的 CRR 可衡量：下表说明了每个周期缺少什么。'
	},
	cohorts: {
		heading: '同期群',
		help: '客户按首次购买的月份分组（即同期群）。每个单元格显示该同期群中在首次购买若干个月后再次购买的客户占比。',
		heatmapTitle: '各同期群的购买客户占比，按首次购买后的月数',
		heatmapDescription: '行是首次购买月份，列是此后经过的月数；第一列始终为 100%。',
		curvesTitle: '每位客户的累计收入，按同期群',
		curvesDescription: '各同期群每位客户的净收入，从首次购买起逐月累加（即同期群终身价值曲线）。',
		cohort: '同期群',
		size: '客户数',
		monthsSince: '首次购买后的月数',
		month: (p) => `第 ${p.n} 个月`,
		tableSummary: '同期群表格（含客户数）',
		exportShares: '导出占比（CSV）',
		exportRevenue: '导出每位客户收入（CSV）',
		earlierBuyersFlag: '（可能包含更早的买家）',
		smallCohortsNote: (p) =>
			`${p.total} 个群组中有 ${p.count} 个客户少于 ${p.min} 位（见人数列）：多一位或少一位客户，其比例就会变动 ${p.points} 个百分点或更多，因此只能作粗略参考；首单细分对这类群组同样标为不确定。`,
		earlierBuyersNote: (p: { from: string; window: string; until: string }) =>
			`数据始于 ${p.from}。截至 ${p.until} 的同期群（标有“可能包含更早的买家”）开始于此后不足一个 ${p.window} 个月的活跃窗口期，与留存表中标为“客户群仍在形成”的周期相同：在数据起始之前购买过的客户在这里没有更早的订单，因此被算作新客户。这些同期群的规模和比例可能包含老客户。`,
		partialFirstNote: (p: { month: string; covered: string; days: string; first: string }) =>
			`数据始于 ${p.first}，因此 ${p.month} 只覆盖其 ${p.days} 天中的 ${p.covered} 天：该同期群只包含这些天的客户。`,
		partialMonth: (p: { month: string }) => `${p.month}（不完整）`,
		partialNote: (p: { month: string; covered: string; days: string; last: string }) =>
			`数据截止于 ${p.last}，因此 ${p.month} 只覆盖其 ${p.days} 天中的 ${p.covered} 天。每个同期群的最后一格（标有 *）只计这些天：那里的低比例并非下降。`
	},
	trust: {
		partialByRange: (p: { period: string; covered: string; days: string }) =>
			`${p.period} 是最后一个周期，日期范围只覆盖其 ${p.days} 天中的 ${p.covered} 天；范围内还没有完整周期。`,
		partial: (p: { period: string; covered: string; days: string }) =>
			`${p.period} 是最后一个周期，数据只覆盖其 ${p.days} 天中的 ${p.covered} 天；还没有完整周期。`,
		baseBuilding: (p: {
			period: string;
			window: string;
			historyFrom: string;
			dataFrom: string;
			measurableFrom: string;
		}) =>
			`${p.period} 期初的客户群需要自 ${p.historyFrom} 起的订单（一个 ${p.window} 个月的活跃窗口期），但数据始于 ${p.dataFrom}：S 缺少更早购买的客户，因此 CRR 会偏高。在 ${p.measurableFrom} 当天或之后开始的周期可衡量；更短的活跃窗口期可更早衡量。`,
		windowShort: (p: { period: string; window: string; periodName: string; months: string }) =>
			`活跃窗口期（${p.window} 个月）短于周期（${p.periodName}，${p.months} 个月），因此 ${p.period} 的 CRR 无法衡量：在该周期内首次购买、又在周期结束前离开客户群的客户计入 N 却不在 E 中，(E − N) ÷ S 会低估留存的客户（甚至可能低于 0）。请选择至少 ${p.months} 个月的活跃窗口期，或更短的周期。`,
		noBase: (p: { period: string }) => `${p.period} 期初客户群中没有客户（S = 0）。`,
		aboveHundred: (p: { period: string; crr: string; returning: string; window: string }) =>
			`${p.period} 的 CRR ${p.crr} 高于 100%：有 ${p.returning} 位客户在超过 ${p.window} 个月未购买后回归。他们计入 E，但既不在 S 也不在 N 中，因此该 CRR 并非保留客户的比例。更长的活跃窗口期会将他们计为保留客户。`,
		severalCurrenciesWithheld: (p: { counts: string }) =>
			`订单使用了多种货币（${p.counts}），未经换算直接相加：不属于任何单一货币的金额无法与单一货币的数值比较。比率（CRR、流失率、复购率）仍会比较。`,
		shortSpanRefused: (p: { days: string; min: string }) =>
			`数据跨度为 ${p.days} 天；年度数值至少需要 ${p.min} 天。`,
		shortSpanExtrapolated: (p: { days: string; full: string }) =>
			`由 ${p.days} 天的数据外推到一年（不足完整一年的 ${p.full} 天）。`
	},
	segments: {
		rangeNote: (p: { from: string; to: string }) =>
			`已设置日期范围：细分只统计 ${p.from} 至 ${p.to} 的订单，因此“一个订单”“首次且唯一一次购买”和“累计消费”都指这段日期内（在此之前有很多订单的客户也可能被归为“一次性”）。`,
		heading: '细分群体',
		rfmHeading: 'RFM 细分群体',
		rfmHelp:
			'每位客户按五分位数获得 1 到 5 分的 R（最近一次购买）、F（购买频率）和 M（消费金额）评分，并根据 R 以及 F 与 M 的平均分归入一个细分群体。F = 1 表示恰好一个订单；有两个或更多订单的客户 F 至少为 2。',
		seedHeading: '按购买频率、消费金额和最近购买划分的细分群体',
		seedHelp: `${names['002']}建议的分组，阈值可以调整。一位客户可以同时属于多个分组。`,
		segment: '细分群体',
		customers: '客户数',
		customerShare: '客户占比',
		revenueShare: '收入占比',
		meanOrders: '每位客户订单数',
		meanRecency: '距最后一次下单的天数',
		tactics: '策略',
		tacticsCount: (p) => `策略（${p.count}）`,
		tacticsFor: (p) => `适用于“${p.segment}”的策略`,
		export: '导出客户',
		exportFor: (p) => `将“${p.segment}”的客户导出为 CSV`,
		definitions: {
			champions: '最近购买过，购买频繁且金额高（R 4–5，FM 4–5）。',
			loyal: '有两个或更多订单，定期购买且不久前买过（R 3 且 FM 3–5，或 R 4–5 且 FM 3）。',
			'potential-loyalists': '近期客户，已有第二次购买或消费较多（R 3–5 且 FM 2，或 R 3 时仅一个订单且 FM 3）。',
			new: '近期仅下过一个订单（R 4–5）。',
			'at-risk': '曾经购买频繁或金额高，但最近没有购买（R 1–2，FM 3–4）。',
			'cant-lose': '按频率和消费额属于您最好的客户之列，但已沉寂（R 1–2，FM 5）。',
			hibernating: '买得不多，且已有一段时间没买（R 3 且 FM 1，或 R 2 且 FM 1–2）。',
			lost: '买得不多，且很久没买（R 1，FM 1–2）。',
			'high-frequency': (p) =>
				`在最近 ${p.months} 个月内，平均每月至少 ${p.orders} 笔订单或消费至少 ${p.spend}。`,
			'top-1-percent': (p) => `按累计消费排名前 ${p.percent}% 的客户。`,
			'top-10-percent': (p) => `按累计消费排名，紧随其后、直到前 ${p.percent}% 的客户。`,
			'one-time': '只有一笔订单。',
			lapsed: (p) => `在数据的最后 ${p.days} 天内没有订单。`
		},
		windowPart: (p) =>
			`数据只覆盖 ${p.window} 个月窗口中的 ${p.days} 天：平均值按这些天计算，不足一个月时按整月计算（较短的时段不会被放大到一个月）。`,
		lapsedUnmeasurable: (p) =>
			`此处无法衡量：数据只覆盖 ${p.span} 天，少于 ${p.days} 天，因此其中无人可能流失（0 不是计数）。`,
		thresholds: '阈值',
		ordersPerMonth: '高频：每月订单数',
		spendPerMonth: '高频：每月消费额',
		topPercent: '最高层级：排名前 % 的客户',
		highPercent: '高层级：排名前 % 的客户',
		lapsedDays: '久未购买的判定天数（无订单）',
		thresholdInvalid: '请输入一个正数。'
	}
};

export default analysis;
