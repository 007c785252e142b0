import type en from '../en/firstOrder';
import type { Catalogue } from '../messages';

/** 按首单属性细分。 */
const firstOrder: Catalogue<typeof en> = {
	title: '按首单属性细分',
	link: '按首单内容细分：商品、渠道、国家、折扣码',
	intro: '哪些首次购买带来会回购的客户？客户按其首单的内容分组，每组显示有多少人回购、多快回购、此后消费多少，以及模型的预测。',
	summaryOnly: '此数据集是不含订单的客户汇总：没有可用于分组客户的首单。',
	computing: '正在分组客户并拟合 CLV 模型…',

	by: '按首单的以下字段分组客户',
	sortBy: '分组排序依据',
	sorts: { customers: '客户数', repeatRate: '回购客户占比', within: '90 天内回购占比', clv: '预测 CLV' },
	dimensions: {
		product: '商品（首单中的每个商品）',
		sku: 'SKU（首单中的每个 SKU）',
		category: '类别',
		channel: '销售渠道 / 来源',
		country: '国家',
		discount: '折扣（优惠券）码'
	},
	noSku: '无法按 SKU 分组：此数据集没有保存 SKU（商品编码）列。其文件中没有该列，或导入时尚未保存 SKU；重新导入文件即可按 SKU 分组（Shopify：Lineitem sku；WooCommerce：SKU；UCI：StockCode）。',
	noProductNames:
		'无法按商品分组：此数据集没有商品名称，只有每个明细行的 SKU（商品编码）——其文件有 SKU 列，但没有商品名称列（或名称单元格为空）。请按 SKU 分组，查看客户首单中购买的内容；各组是 SKU 编码，而不是名称。',
	skuNotPerItem:
		'无法按 SKU 分组：此数据集导入时尚未按明细行保存 SKU，因此只知道每个订单第一个明细行的 SKU。请重新导入文件，即可按首单中的每个 SKU 对客户分组。',
	overlapProduct:
		'首单含多个商品的客户会计入其中每个商品的分组，因此分组相互重叠，各组客户数之和大于全部客户数；“全部客户”一行中每位客户只计一次。',
	overlapSku:
		'首单含多个 SKU 的客户会计入其中每个 SKU 的分组（同一商品的两个尺码是两个 SKU），因此分组相互重叠，各组客户数之和大于全部客户数；“全部客户”一行中每位客户只计一次。',
	overlapDiscount:
		'首单含多个折扣码的客户会计入每个折扣码的分组，因此分组相互重叠，各组客户数之和大于全部客户数；“全部客户”一行中每位客户只计一次。',
	returned: (p) =>
		`订单中某商品的全部数量若被贷项凭证（UCI 文件）退回，则不计为购买：它不会把客户计入其分组（其 SKU 也不会）；部分退回的仍计入。此处贷项凭证退回了 ${p.orders} 个订单中 ${p.lines} 个订单行的全部数量；其中 ${p.emptied} 个订单已无剩余商品：首单属于这些订单的客户计入“（无）”，并仍计入“全部客户”。`,
	noDimensions: '此数据集没有保存可用于分组客户的订单信息：其文件中没有商品、销售渠道、国家或折扣码列。',
	whichColumns:
		'以下列可以提供这些信息：Shopify 订单导出中的 Lineitem name（商品）、Source（渠道）、Discount Code 和 Billing Country；WooCommerce 导出中的订单商品、优惠券和账单国家；UCI Online Retail 格式中的 Description 或 StockCode（商品）和 Country。导入含有这些列的文件即可查看细分。',

	basis: (p) =>
		`${p.customers} 位客户，订单日期从 ${p.from} 到 ${p.to}，按首单的“${p.dimension}”分组（最早的一天；同一天时，文件（日期或时间列中）含下单时间则取时间最早的一单，时间完全相同则取订单号最小的一单，否则取文件中靠前的一单）。首单指第一笔有效订单：已取消、未付款或全额退款的订单不算购买，因此首单属于此类的客户按其下一笔订单分组。首单中共有 ${p.values} 个不同的值。`,
	cameBackHelp:
		'回购：在之后的某一天再次购买（首日的多笔订单算作一次购买）。95% 区间为 Wilson 得分区间。首单较近的客户回购的时间较短，因此也请查看 90 天占比。这不是分析页上的复购率，后者统计有 2 笔及以上订单的客户。',
	medianHelp: (p) => `距第二次购买的天数中位数：仅统计回购的客户。回购客户少于 ${p.minimum} 位时，中位数标为不确定。`,
	withinHelp: (p) =>
		`${p.days} 天内回购：在首单后至少观察了 ${p.days} 天的客户中计算（其余客户尚不满 ${p.days} 天，不计入）。`,
	clvHelp: (p) =>
		`预测 CLV：组内每位客户 CLV 的平均值，来自对整个数据集的一次 BG/NBD + Gamma-Gamma 拟合，始终使用默认设置：时间单位 ${p.unit}，未来 ${p.horizon} 个月，年折现率 ${p.discount}，按收入（而非毛利）。按客户行动页按该页所选的时间单位和预测期拟合，因此只有设置相同时，其数值才与这里一致。`,
	clvRefused: '未显示预测 CLV：此数据集的模型被拒绝。',
	clvWarningsLead: '已显示预测 CLV，但模型拟合有警告：请结合这些警告解读。',
	clvWarned: '拟合有警告（见上文）',
	csvClvWarned: '每位客户的预测 CLV（拟合有警告）',
	clvWithheldLead:
		'预测 CLV 不予显示：消费模型（Gamma-Gamma）在该数据集上不可信，因此没有每次购买的预测消费，与客户行动页面相同。消费模型失败的原因：',
	clvWithheldMark: '不予显示（见上文）',
	clvWithheldValue: '不予显示',
	csvClvWithheld: '每位客户的预测 CLV（不予显示：消费模型不可信）',
	uncertainHelp: (p) => `客户少于 ${p.minimum} 位的分组标记为不确定：请看其区间，而不只是占比。`,
	otherHelp: (p) => `客户数最多的 ${p.top} 个值以外的值合并为“其他”。`,

	rankRule: (p) =>
		`按比例或预测 CLV 排名时，标为不确定的分组（客户少于 ${p.minimum} 位；对 ${p.days} 天比例而言，被观察这么久的客户少于 ${p.minimum} 位；对预测 CLV 而言，有预测 CLV 的客户少于 ${p.minimum} 位，或一半或以上来自一位客户）排在其他分组之后，各部分按数值排序；“其他”总在最后。回购客户占比还取决于分组客户何时到来：首单较近的分组排名靠后，只是因为其客户回购的时间较短；要在相同时间内比较分组，请按 ${p.days} 天比例排名。`,
	tableHeading: '分组排名',
	rank: '名次',
	group: '首单的值',
	customers: '客户',
	cameBack: '回购',
	interval: '95% 区间',
	median: '距第 2 次购买的天数中位数',
	within: (p) => `${p.days} 天内回购`,
	clv: '每位客户的预测 CLV',
	all: '全部客户',
	none: '（无）',
	other: (p) => `其他（${p.count} 个值）`,
	uncertain: '不确定：客户较少',
	cameBackValue: (p) => `${p.share}（${p.count}）`,
	intervalValue: (p) => `${p.low} – ${p.high}`,
	medianValue: (p) => `${p.days} 天（共 ${p.count} 人）`,
	medianUncertain: '不确定：回购客户很少',
	withinValue: (p) => `${p.share}（${p.observed} 人中 ${p.reordered} 人）`,
	withinUncertain: (p) => `不确定：观察这么久的客户很少；95% 区间 ${p.low} – ${p.high}`,
	clvValue: (p) => `${p.value}（${p.count} 位客户）`,
	nobodyBack: '无人回购',
	notObserved: '无人被观察这么久',
	noModel: '未预测',
	download: '下载表格（CSV）',
	csvShare: '回购客户占比',
	csvLow: '回购客户占比，95% 区间下限',
	csvHigh: '回购客户占比，95% 区间上限',
	csvUncertain: '不确定（客户较少）',
	csvMedianUncertain: (p) => `中位数不确定（回购客户少于 ${p.minimum} 位）`,
	csvObserved: (p) => `观察满 ${p.days} 天的客户`,
	csvReordered: (p) => `${p.days} 天内回购的客户`,
	csvWithinShare: (p) => `${p.days} 天内回购占比`,
	csvWithinLow: (p) => `${p.days} 天内回购占比，95% 区间下限`,
	csvWithinHigh: (p) => `${p.days} 天内回购占比，95% 区间上限`,
	csvWithinUncertain: (p) => `${p.days} 天内回购占比不确定（观察满 ${p.days} 天的客户少于 ${p.minimum} 位）`,
	csvClvCustomers: '有预测 CLV 的客户',
	csvClvLow: '每位客户的预测 CLV，95% 区间下限',
	csvClvHigh: '每位客户的预测 CLV，95% 区间上限',
	csvClvUncertain: (p) => `预测 CLV 不确定（有预测 CLV 的客户少于 ${p.minimum} 位）`,
	clvIntervalHelp: (p) =>
		`预测 CLV 的 95% 区间反映组内客户之间的差异：这些客户的预测 CLV 能多精确地确定组的平均值（对组内客户做百分位 bootstrap 重抽样，${p.resamples} 次；客户多于 ${p.max} 位的分组用 t 区间）。它不包含已拟合模型参数的不确定性，计入后区间会更宽。只有一位客户的分组没有区间：单个值显示不出差异。有预测 CLV 的客户少于 ${p.minimum} 位时，CLV 标记为不确定。`,
	clvInterval: '预测 CLV 的 95% 区间',
	clvOneCustomer: '无：仅一位客户，没有可据以估计的差异',
	clvUncertain: '不确定：有预测 CLV 的客户较少',
	clvConcentrated: (p) => `其中 ${p.share} 来自一位客户`,
	clvConcentratedHelp: (p) =>
		`若平均预测 CLV 的 ${p.share} 或以上来自一位客户，它更多反映这位客户而非整个分组：会被标出，并排在其他分组之后。`,
	csvClvTopShare: '预测 CLV：最大客户所占比例',
	csvMonth: (p) => `截至第 ${p.month} 个月的每位客户${p.revenue}`,
	csvMonthBasis: (p) => `观察至第 ${p.month} 个月的客户`,
	csvMonthUncertain: (p) => `第 ${p.month} 个月客户少于 ${p.minimum} 位（不确定）`,
	yes: '是',
	no: '否',

	ltvTitle: (p) => `自首单起按月累计的每位客户${p.revenue}`,
	ltvDescription: (p) =>
		`全部客户及最大的 ${p.groups} 个分组。第 0 个月是首单所在的日历月。每个点在前一个点的基础上加上该月的每位客户金额（即关键指标所称的“${p.revenue}”），按整月都被观察到的客户计算（截至 ${p.day}，即数据最后一个完整月的月末），因此只有在退货超过销售的月份曲线才会下降。越往后的月份所依据的客户越少（只有最早的客户）；依据少于 ${p.minimum} 位客户的月份标为不确定（空心标记；表格给出每个月的客户数）。不做任何外推。`,
	ltvBasis: (p) => `${p.group}：第 0 个月 ${p.first} 位客户，第 ${p.month} 个月 ${p.last} 位。`,
	ltvBasisFirstMonth: (p) => `${p.group}：第 0 个月 ${p.first} 位客户；尚未观察到之后的月份。`,
	ltvUncertain: (p) => `从第 ${p.month} 个月起，每个月依据的客户少于 ${p.minimum} 位：不确定。`,
	ltvPoint: (p) => `${p.customers} 位客户`,
	ltvNone: '数据中还没有完整的日历月：无法绘制收入曲线。',
	monthsSince: '自首单起的月数',
	monthLong: (p) => `第 ${p.month} 个月`
};

export default firstOrder;
