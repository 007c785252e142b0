import type en from '../en/compare';
import type { Catalogue } from '../messages';

/** 并排比较两个数据集的页面文本。 */
const compare: Catalogue<typeof en> = {
	title: '比较两个数据集',
	link: '并排比较两个数据集（两家店铺，或两次导出）',
	intro: '两家店铺，或同一店铺的两次导出，并排显示：两者采用相同的设置和日期范围，全部在本浏览器中计算。',
	datasetA: '数据集 A',
	datasetB: '数据集 B',
	needTwo: '比较需要两个包含逐笔订单的数据集。请先再导入一个。',
	importMore: '导入订单',
	sameTwice: '请选择两个不同的数据集。',
	computing: '正在分析两个数据集…',
	failed: (p: { detail: string }) => `比较失败：${p.detail}`,
	unknownCurrency: '未知货币',
	currencyNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`${p.nameA} 使用 ${p.a}，${p.nameB} 使用 ${p.b}。金额各以其自身货币显示，彼此之间不作比较，也不相加。`,
	spanNote: (p: { nameA: string; fromA: string; toA: string; nameB: string; fromB: string; toB: string }) =>
		`两个数据集覆盖的日期不同：${p.nameA} 从 ${p.fromA} 到 ${p.toA}，${p.nameB} 从 ${p.fromB} 到 ${p.toB}。要进行同类比较，请在两者都覆盖的日期内选择日期范围。`,
	sharedSpan: (p: { from: string; to: string }) => `两者都覆盖 ${p.from} 至 ${p.to}。`,
	noSharedSpan: '两者没有任何共同的日期，因此没有适用于两者的日期范围。',
	revenueNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`收入的计量方式不同：${p.nameA} 为“${p.a}”，${p.nameB} 为“${p.b}”。`,
	rangeApplied: (p: { from: string; to: string }) =>
		`两者都限定在 ${p.from} – ${p.to}；在此之前购买过的客户是回头客，而不是新客户。`,
	allOrders: '每个数据集的全部订单。',
	kpiHeading: '关键指标',
	kpiCaption: '两个数据集的关键指标',
	figure: '指标',
	revenue: '收入',
	revenueTwo: (p: { a: string; b: string }) => `A：${p.a}；B：${p.b}（计量方式不同，不可比较）`,
	assumedOne: (p: { name: string; currency: string }) =>
		`${p.name} 的文件未注明货币：其金额按您的设置以 ${p.currency} 显示，与分析页面相同。如果这不是它们的货币，请在设置中更改。`,
	assumedBoth: (p: { nameA: string; nameB: string; currency: string }) =>
		`${p.nameA} 和 ${p.nameB} 的文件都未注明货币：两者都按您的设置以 ${p.currency} 显示，与分析页面相同，因此按同一种货币比较。如果这不是它们的货币，请在设置中更改。`,
	outsideOne: (p: { name: string; from: string; to: string }) =>
		`该范围超出了 ${p.name} 的数据：其订单从 ${p.from} 到 ${p.to}，而范围必须位于两个数据集都覆盖的日期之内。请在此范围内选择日期。`,
	outsideBoth: (p: { nameFrom: string; nameTo: string; from: string; to: string }) =>
		`该范围超出了两个数据集都覆盖的日期：从 ${p.from}（${p.nameFrom} 的第一笔订单）到 ${p.to}（${p.nameTo} 的最后一笔订单）。请在此范围内选择日期。`,
	exportKpis: '下载关键指标（CSV）',
	basis: {
		extrapolated: '由不足一年的数据外推',
		tooShort: '不按年给出：数据不足 90 天',
		notMeasurable: '尚无法计算',
		windowShort: '无法计算：活跃窗口期短于周期',
		aboveHundred: '高于 100%：有客户中断后又回来了'
	},
	periodCell: (p: { period: string; s: string; e: string; n: string }) => `${p.period}：S ${p.s}，E ${p.e}，N ${p.n}`,
	periodsDiffer: (p: { a: string; b: string }) =>
		`不是同一周期：A 最近一个可衡量的周期是 ${p.a}，B 的是 ${p.b}。如需同口径比较，请选择一个对两者都结束于同一周期的日期范围。`,
	retentionHeading: '分期留存',
	chartTitle: (p: { period: string }) => `按${p.period}的客户留存率，两个数据集`,
	chartDescription: '每个数据集在各期可计算时的 CRR。某数据集未覆盖或无法计算的期没有数据点。',
	noPeriod: '无数据',
	exportPeriods: '下载各期数据（CSV）',
	csv: {
		allOrders: '全部订单',
		yes: '是',
		revenueDiffers: (p) => `收入的计量方式不同：A 为 ${p.a}，B 为 ${p.b}；不可比较`,
		currencyAssumed: (p) => `${p.side}：文件未注明货币；${p.currency} 是用户的设置`,
		noData: '无数据',
		cutByRange: (p) => `被日期范围截断：其 ${p.days} 天中有 ${p.covered} 天在范围内`,
		partial: (p) => `不完整：数据只覆盖其 ${p.days} 天中的 ${p.covered} 天`,
		windowShort: '无法测量：活动窗口短于周期',
		baseBuilding: (p) => `客户基数仍在形成：自 ${p.from} 起可测量`,
		noBase: '期初没有客户'
	}
};

export default compare;
