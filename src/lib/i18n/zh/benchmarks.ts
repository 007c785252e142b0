import type en from '../en/benchmarks';
import type { Catalogue } from '../messages';
import { names } from './sources';

/** 行业基准部分的文字：指标名称、每项已发布数据的确切统计内容以及注意事项。 */
const benchmarks: Catalogue<typeof en> = {
	title: '行业基准',
	metrics: {
		crr: '客户留存率（CRR）',
		churn: '流失率',
		repeatPurchaseRate: '复购率',
		secondPurchaseWithinYear: '同年内二次购买率',
		purchaseFrequency: '购买频率',
		aov: '平均订单价值（AOV）',
		clv: '截至目前的每客户收入（Windsor Circle 所说的“CLV”）',
		nps: '净推荐值（NPS）',
		cartAbandonmentRate: '购物车放弃率'
	},
	sectors: {
		all: '所有网店',
		apparel: '服装与鞋类',
		beauty: '美妆',
		'food-drink': '食品饮料',
		health: '健康与膳食补充剂',
		pet: '宠物用品',
		sports: '运动与户外',
		'jewelry-luxury': '珠宝与奢侈品',
		subscription: '订阅业务'
	},
	industries: {
		'all-ecommerce': '所有网店（平均值）',
		tea: '茶叶',
		'own-food-products': '自有食品',
		beauty: '美妆',
		apparel: '服装',
		'meal-delivery': '餐食配送',
		supplements: '膳食补充剂',
		coffee: '咖啡',
		'pet-products': '宠物用品',
		'performance-sportswear': '高性能运动服装',
		cbd: 'CBD',
		'jewelry-luxury': '珠宝与奢侈品',
		'health-beauty': '健康与美妆',
		'sporting-goods-outdoor': '体育用品与户外',
		'apparel-footwear': '服装与鞋类',
		'subscription-all': '订阅业务（所有行业）',
		'subscription-b2c': '面向消费者的订阅业务（B2C）'
	},
	definitions: {
		'metrilo-repeat-buyers':
			'复购买家数除以全部买家数：即网店客户中下单超过一次的客户占比。Metrilo 称之为“留存率”（也称再订购率或复购率）；它不是按 (E − N) / S 公式计算的 CRR。时间窗口未说明。',
		'bluecore-second-purchase':
			'在 2023 年首次向某零售商购买的购物者中，于同一年内进行了第二次购买的人所占的比例。',
		'windsor-retention':
			'在一年前处于活跃状态的客户（在该日期之前的 12 个月内有过购买）中，在随后 12 个月内再次购买的人所占的比例。',
		'windsor-clv': '以美元计的客户终身价值中位数：客户迄今为止在该网店的消费额（是收入而非利润；不是预测值）。',
		'recurly-monthly-churn': '样本中各订阅业务月流失率的中位数；月流失率指一个月内取消或失效的订阅者所占的比例。',
		'recurly-b2c-monthly-churn':
			'样本中面向消费者（B2C）的订阅业务的月流失率：一个月内取消或失效的订阅者所占的比例。'
	},
	notes: {
		metrilo:
			'对 Metrilo 客户网店的调查，这些网店大多是小型直面消费者（DTC）品牌；样本量和时间窗口均未公布。请用时间跨度相近的数据计算复购率来比较：年轻的网店得分较低，仅仅是因为其客户回购的时间更短。',
		bluecore:
			'超过 100 家美国零售商，2023 年的数据。只统计 2023 年的首次购买，且只统计同一日历年内的第二次购买，因此 12 月才首次购买的顾客只有几周时间回购。请在您的数据上做同样的计算来比较，而不是用终身复购率。',
		'windsor-retention':
			'约 100 个使用 Windsor Circle 的服装与鞋类品牌，数据约来自 2015 年：一年前活跃的客户中，在一年内再次购买的比例。本应用的年度 CRR (E − N) ÷ S 还保留了离开一年以上又回来的客户，因此数据集的 CRR 会按相同口径计算后再与之并列：(E − N − 这些客户) ÷ S，活跃窗口期为 12 个月。手动输入的 CRR (E − N) ÷ S 同样保留了这些客户，因此会高于 Windsor 口径的数值。',
		'windsor-clv':
			'按 2015–2016 年价格计的美元，未做任何换算：只有以美元计量、按迄今为止每位客户收入计算的 CLV 才会与之并列比较。',
		'recurly-subscription':
			'订阅业务，其中的流失指已取消或已失效的定期订阅计划。客户只是不再下单的网店衡量的是另一回事；只应与按月计的订阅流失率比较。',
		'recurly-b2c-2017':
			'面向消费者的订阅业务。来源未说明这是中位数还是平均值，因此不能直接与同一研究中所有行业的中位数比较。'
	},
	verificationNotes: {
		metrilo: `数值和定义（“repeat buyers number / total number of buyers”，“average retention rate by niche as per our recent survey”）与术语表页面一致。该页面没有日期，也没有给出调查时间和样本；${names['001']}引用了 28% 的平均值。`,
		bluecore:
			'数值、品类和定义（“only 9.9% of those who made a first purchase in 2023 made a second purchase that year”；100 多家零售商 2023 年的数据）来自 Retail Brew 对该研究的报道（2024 年 4 月 22 日）；标题取自报告的落地页。未阅读 PDF 原文，因此不清楚该比率是把所有顾客合并计算，还是按零售商取平均。',
		'windsor-retention':
			'100 个服装鞋履品牌的“An average retention rate of 24%”出自 Windsor Circle 博客上的报告摘要（2016 年 4 月 21 日）。未阅读报告原文；定义（一年前活跃、并在一年内再次购买的客户）采用收购了 Windsor Circle 的 WhatCounts 所记录的定义，并假定报告使用的就是它。摘要还说“16% lower than all eCommerce brands”，既可能指百分点也可能指百分比，因此没有据此推算全部电商的数值。',
		'windsor-clv':
			'“A median CLV of $163.09”出自博客摘要。该 CLV 指迄今每位客户带来的历史收入（“actual CLV”），这一点取自 Windsor Circle 的产品页面，而非报告。',
		'windsor-clv-all':
			'摘要称服装鞋履的 CLV 中位数“equal to the median CLV for all eCommerce brands”；全部品牌的数值即取自这句话。关于 CLV 定义的说明与服装数值相同。',
		'recurly-2017-all':
			'Recurly 首席执行官在 Digital Commerce 360 上的说法（2017 年 10 月 6 日）：样本为 1,200 多家订阅企业，“our 12-month study found the median monthly churn rate across all data points was 6.73%”。',
		'recurly-2017-b2c':
			'B2C 8.11% 见于 Recurly 基准页面的某一版本，其中描述为“a sample of over 1,200 sites over 12 months”，与 2017 年的研究相符；该页面没有日期，也没有说明该值是中位数还是平均值。',
		'recurly-2019-all':
			'报告页面上写明“All Industries 5.48% MEDIAN”，近 2,000 个订阅网站，2019 年 1 月至 12 月。页面上没有显示发布年份。',
		'recurly-2019-b2c': '报告页面上的“B2C Industries 6.81% MEDIAN”（与全行业数值为同一样本）。'
	},
	statistics: {
		mean: '各企业的平均值',
		median: '各企业的中位数',
		unstated: '未说明如何汇总各企业的数据'
	},
	verification: {
		verified: '已与发布方或关于该出版物的报道核对',
		'partly-verified': '数值已核对；定义或日期的部分内容无法确认',
		unverified: '未与来源核对'
	},
	directions: {
		better: '优于基准',
		worse: '落后于基准',
		level: '与基准持平',
		unclear: '与基准大致相同'
	},
	notComparable: {
		'invalid-value': '您的数值不是该指标的有效数字。',
		'different-metric': '该数据衡量的是另一项指标。',
		'orders-not-subscription':
			'您的数值来自订单导出：停止下单的客户（在活跃窗口内没有订单）。该数据统计的是取消的订阅计划，而订单导出中没有订阅数据，因此无论选择哪种业务类型，两者都不作比较。',
		'business-model': '该数据针对的是另一种业务类型（网店或订阅）。',
		'period-missing': '请说明您的数值覆盖哪个周期（月、季度或年），才能进行比较。',
		currency: '该数据使用另一种货币；不做汇率换算。',
		'period-differs':
			'您的数值是按另一周期、以活跃窗口从订单实测的。这种比率并非每个周期都相同，因此不通过复合换算；只与同一周期的数据比较（年度 CRR 按最近 12 个完整月实测）。',
		'window-differs':
			'该数据统计在某日期前 12 个月内活跃、并在之后 12 个月内再次购买的客户；您的数值使用了另一个活跃窗口期，因此算作留存的是另一批客户。与之比较的是最近 12 个完整月、活跃窗口期为 12 个月的年度 CRR。',
		'returning-unknown':
			'该数据不计离开一年以上又回来的客户；此数据集已存储的数值没有记录这类客户的人数。请在“分析”页面打开该数据集一次以记录它们。',
		'small-sample': '您的数值所依据的客户少于 30 位：不足以下结论。'
	},
	recounted: (p) =>
		`按该数据的口径计算：一年前活跃的 ${p.start} 位客户（S）中，有 ${p.retained} 位在一年内再次购买，${p.value}。离开一年以上又回来的客户（您的 CRR 在 E − N 中保留了他们）不计在内。`,
	converted: '您的数值已换算到该数据的周期，假设每个周期的比率相同。',
	intro: '网店和订阅业务的已发布数据，每项都注明了确切的统计内容、发布方和发布时间。您自己的数字只会与衡量同一事物的数据并列，不会与其他数据比较。',
	choice: {
		heading: '您的行业',
		sector: '行业大类',
		industry: '细分行业',
		allInSector: '该大类下的所有细分行业',
		hint: '同时显示所有网店（或所有订阅业务）的平均值，以供参照。'
	},
	baseline: {
		heading: '您的数字',
		intro: '选择要比较的内容：您保存的计算器情景、已分析数据集的指标，或您输入的数值。',
		source: '比较对象',
		sources: {
			none: '暂不选择',
			scenario: '已保存的计算器情景',
			dataset: '已分析的数据集',
			typed: '我输入的数值'
		},
		scenario: '情景',
		noScenarios:
			'已保存的情景中还没有可供比较的数字。请在以下计算器中保存一个情景：CRR、流失率、复购率、订单价值或购买频率。',
		scenarioOption: (p: { name: string; calculator: string }) => `${p.name}（${p.calculator}）`,
		dataset: '数据集',
		noDatasets: '还没有已分析的数据集。请在“数据”页面导入订单，然后打开“分析”。',
		datasetOption: (p: { name: string; date: string }) => `${p.name}，分析于 ${p.date}`,
		datasetBasis: (p: { period: string; window: string }) =>
			`“分析”页面为此数据集显示的数值，${p.period}计算周期，活跃窗口期为 ${p.window} 个月（该页面的最新设置）。在那里更改设置，这里会随之更新；那里选择的日期范围不适用于此处。年度 CRR 和流失率按数据最近 12 个完整月、以 12 个月窗口实测，从不由月度或季度数值复合推算。`,
		datasetSpan: (p: { customers: string; days: string; from: string; orders: string; to: string }) =>
			`依据：全部订单，从 ${p.from} 到 ${p.to}（天数：${p.days}；客户：${p.customers}；订单：${p.orders}）。`,
		withheldHeading: '在“分析”页面上已标注，因此不作比较',
		choose: '请选择……',
		metric: '指标',
		value: '您的数值',
		valueHint: {
			ratio: '0 到 100 之间的百分比，例如 28。',
			currency: '一个金额，使用您设置中的货币。',
			perPeriod: '该周期内每位客户的订单数。'
		},
		typedAsFraction: (p: { typed: string; meant: string; fraction: string; percent: string }) =>
			`${p.typed} 低于 1%：您是否想输入 ${p.meant}？请输入百分数本身（${p.meant} 输入 ${p.percent}），而不是小数（${p.fraction}）。`,
		period: '覆盖的周期',
		businessModel: '业务类型',
		businessModels: {
			ecommerce: '网店（客户只是不再下单）',
			subscription: '订阅（客户取消订阅计划）'
		},
		moneyNote: (p: { currency: string }) =>
			`来自情景的金额和您输入的数值均按 ${p.currency}（您的货币设置）读取。不做汇率换算，因此只会与以 ${p.currency} 计的数据并列比较。`,
		nothing: '选择一个比较基线，即可看到您的数字与各项数据并列。',
		nothingMeasured: '该基线中没有任何可与基准数据比较的数字。'
	},
	figures: {
		heading: '已发布的数据',
		count: (p: { n: string }) => `此选择下共有 ${p.n} 项数据。`,
		definition: '统计内容',
		value: '数值',
		period: '周期',
		source: '来源',
		published: '发布时间',
		title: '标题',
		statistic: '汇总方式',
		dataPeriod: '数据时间',
		verification: '核实情况',
		comparability: '何时可比',
		link: '发布方页面',
		valuePer: (p: { value: string; period: string }) => `${p.period} ${p.value}`,
		perPeriod: {
			month: '每月',
			quarter: '每季度',
			year: '每年'
		},
		noPeriod: '无：未按月、季度或年给出',
		undated: '未注明日期',
		checkedAgainst: '核对依据'
	},
	dataPeriods: {
		notStated: '未说明',
		year2023: '2023 年',
		years2015to2016Approx: '2015–2016 年（未确切说明）',
		twelveMonthsTo2017: '截至 2017 年的 12 个月',
		year2019: '2019 年 1 月至 12 月'
	},
	comparison: {
		heading: '您的数字与已发布数据对比',
		/** “服装（Metrilo，2016）的 26%”“……的每年 24%”：数字前留空格，汉字前不留。 */
		figureWithValue: (p: { figure: string; value: string }) =>
			`${p.figure}的${/^[\u4e00-\u9fff]/.test(p.value) ? '' : ' '}${p.value}`,
		you: '您',
		youWith: (p: { basis: string }) => `您（${p.basis}）`,
		measuredBasis: (p: { acquired: string; end: string; period: string; start: string; window: string }) =>
			`实测于 ${p.period}，活跃窗口 ${p.window} 个月：S = ${p.start}，E = ${p.end}，N = ${p.acquired}。`,
		sampleBasis: (p: { n: string }) => `依据 ${p.n} 位客户。`,
		smallSample: (p: { n: string; low: string; high: string }) =>
			`客户太少，无法下结论（${p.n} 位；至少需要 30 位）。真实比率的 95% 区间：${p.low} 至 ${p.high}。`,
		yours: (p: { metric: string; value: string }) => `您的${p.metric}：${p.value}`,
		chartTitle: (p: { metric: string }) => `您的${p.metric}与可比数据`,
		chartDescription: (p: { metric: string; n: string }) =>
			`横向条形图：您的${p.metric}（高亮、带条纹）以及同一指标的 ${p.n} 项已发布数据；虚线标出您的数值。`,
		figureLabel: (p: { publisher: string; year: string; industry: string }) =>
			`${p.industry}（${p.publisher}，${p.year}）`,
		undated: '未注明日期',
		above: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`您的数值（${p.user}）高于${p.benchmark}，高出 ${p.by}（相对高出 ${p.relative}）。`,
		below: (p: { user: string; benchmark: string; by: string; relative: string }) =>
			`您的数值（${p.user}）低于${p.benchmark}，低 ${p.by}（相对低 ${p.relative}）。`,
		unclear: (p: { user: string; benchmark: string; low: string; high: string }) =>
			`您的数值（${p.user}）与${p.benchmark} 大致相同：按您的数值所依据的客户数，其 95% 区间为 ${p.low} 至 ${p.high}，基准值在此区间内，差异可能只是偶然。`,
		level: (p: { user: string; benchmark: string }) => `您的数值（${p.user}）与${p.benchmark} 持平。`,
		points: (p: { n: string }) => `${p.n} 个百分点`,
		gapsLabel: '差距',
		noneComparable: (p: { metric: string }) =>
			`此处显示的数据中，没有一项以相同方式衡量${p.metric}，因此不对您的数值进行比较。请尝试其他行业大类或细分行业。`,
		notComparedHeading: (p: { n: string }) => `未与之比较的数据（${p.n} 项）及原因`,
		differentMetric: (p: { figure: string; yours: string }) =>
			`它衡量的是另一项指标：“${p.figure}”，而您的是“${p.yours}”。`
	},
	units: {
		perPeriod: (p: { n: string; period: string }) => `每位客户${p.period} ${p.n} 笔订单`,
		score: (p: { n: string }) => p.n
	},
	chart: {
		table: '以表格显示图表',
		label: '条形',
		value: '数值'
	},
	links: {
		whatIf: '假设分析：试试改变留存率或订单价值',
		planner: '计划：按您的差距排序的策略'
	}
};

export default benchmarks;
