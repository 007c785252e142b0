import type en from '../en/affinity';
import type { Catalogue } from '../messages';

/** 商品关联页面的文本：一起购买与接着购买（交叉销售）。 */
const affinity: Catalogue<typeof en> = {
	title: '商品关联：一起购买与接着购买',
	link: '商品关联：一起购买与接着购买（交叉销售）',
	intro: '客户在同一订单中购买哪些商品，以及首次购买后的下一次购买买什么：可用于交叉销售邮件和“购买此商品的顾客也买了”版块的商品组合。',
	summaryOnly: '此数据集是不含订单和商品的客户汇总：无法据此计算商品关联。',
	noItems:
		'此数据集未存储商品，因此无法计算商品关联。需要每个订单行的商品：Shopify 的“Lineitem name”列、WooCommerce 的商品名称或“Product(s)”列、UCI 格式的“Description”或“StockCode”，或任何每个订单行占一行的文件中的商品列。导入这样的文件即可在此查看其商品组合。',

	by: '统计配对的依据',
	bys: {
		product: '商品名称',
		sku: 'SKU（商品编码）'
	},
	noSkuColumn: '配对按商品名称统计：此数据集没有 SKU 列（Shopify：Lineitem sku；WooCommerce：SKU；UCI：StockCode）。',
	skuNotPerItem:
		'无法统计 SKU 配对：此数据集导入时尚未按明细行保存 SKU。请重新导入文件以统计 SKU 配对；选择“商品名称”可查看商品名称的配对。',
	noProductNames:
		'按 SKU 配对：此数据集没有商品名称，只有每个明细行的 SKU（商品编码）——其文件有 SKU 列，但没有商品名称列（或名称单元格为空）。每一项是一个 SKU，因此同一商品的两个尺码算作两项；支持度、置信度和提升度均按 SKU 计算，表中的“商品”是 SKU 编码，而不是名称。',
	bySkuNote:
		'按 SKU 统计：每一项是一个 SKU（商品编码），因此同一商品的两个尺码算作两项，没有 SKU 的明细行不计入。支持度、置信度和提升度均按 SKU 计算；表中的“商品”即 SKU。',

	minCount: '同时含两种商品的最少订单（客户）数',
	minCountInvalid: '请输入 2 到 1,000,000 之间的整数（只出现在一个订单中的组合不构成规则）。',
	sort: '排序依据',
	sorts: {
		lift: '提升度（高出随机最多者在前）',
		count: '次数（最常见者在前）'
	},

	together: {
		heading: '同一订单中一起购买',
		basis: (p) =>
			`基数：${p.orders} 个含商品的订单（其中 ${p.multi} 个含两种或以上商品），${p.products} 种不同商品。`,
		help: '置信度 A → B：含 A 的订单中同时含 B 的比例。支持度：这些订单中同时含两者的比例。提升度：两者出现在同一订单中的频率是互不相关时的多少倍（1 = 随机）。订单中某商品的全部数量若被贷项凭证（UCI 文件）退回，则不计为该订单购买；部分退回的仍计入。',
		from: '商品',
		to: '同一订单中还有',
		count: '同时含两者的订单',
		fromCount: '含该商品的订单',
		toCount: '含另一商品的订单',
		none: (p) => `没有任何两种商品一起出现在 ${p.minimum} 个订单中。降低最小值以查看较少见的组合。`
	},
	withoutItems: (p) => `${p.count} 个订单未注明商品，未计入。`,
	returned: (p) =>
		`贷项凭证退回了 ${p.lines} 个订单行的全部数量（涉及 ${p.orders} 个订单）：这些商品不计为购买，本页和首单细分页面均如此。其中 ${p.emptied} 个订单已无剩余商品，计入未注明商品的订单。`,
	customerless: (p) =>
		`没有客户的订单（无客户 ID、电子邮件或电话：访客、匿名销售）不在这些表中：导入时跳过了它们的 ${p.rows} 行（销售额 ${p.sales}，见导入报告），数据集中没有它们。上面的基数只计客户的订单。`,
	skippedOrders: (p) =>
		`${p.count} 个含超过 ${p.max} 种不同商品的订单未计入：批发或测试订单会增加成千上万个几乎说明不了搭配关系的组合。`,

	next: {
		heading: '首次购买后接着购买',
		basis: (p) =>
			`基数：在 ${p.returning} 位有第二个购买日的客户中，两次购买都含商品的 ${p.customers} 位回头客。只购买过一次的客户不计入。`,
		help: '首次购买：客户第一天的全部订单；下一次购买：客户下一个购买日的全部订单。置信度 A → B：首次购买含 A 的回头客中，下一次购买含 B 的比例。商品后面跟着同一商品，表示它被再次购买。订单中某商品的全部数量若被贷项凭证退回，则不计为购买；部分退回的仍计入。',
		from: '首次购买含',
		to: '下一次购买含',
		count: '同时满足两者的客户',
		fromCount: '首次购买含该商品的客户',
		toCount: '下一次购买含另一商品的客户',
		none: (p) => `没有任何“首次—下一次”组合达到 ${p.minimum} 位客户。降低最小值以查看较少见的组合。`
	},
	skippedCustomers: (p) => `${p.count} 位在首次或下一个购买日含超过 ${p.max} 种不同商品的回头客未计入。`,

	support: '支持度',
	confidence: '置信度（95% Wilson 区间）',
	confidenceValue: (p) => `${p.value}（${p.low}–${p.high}）`,
	lift: '提升度',
	uncertain: '不确定',
	uncertainNote: (p) =>
		`标为“不确定”的规则所依据的同时含两种商品的订单（客户）少于 ${p.minimum} 个：请将其视为提示，而非事实。在表格和图表中，它们排在其他规则之后。`,
	shown: (p) => `表格显示 ${p.total} 条规则中的前 ${p.shown} 条；CSV 包含前 ${p.limit} 条。`,
	download: '下载 CSV',
	chartTitle: (p) => `前 ${p.count} 条规则的提升度`,
	chartDescription:
		'每个组合一起出现的频率是随机情况的多少倍；参考线表示随机（提升度 1）。下方表格列出了每个条形所依据的计数。',
	chance: '随机（提升度 1）',
	rule: '规则',
	ruleLabel: (p) => `${p.from} → ${p.to}`,

	csvConfidenceLow: '置信度 95% Wilson 区间下限',
	csvConfidenceHigh: '置信度 95% Wilson 区间上限',
	csvConfidence: '置信度',
	csvUncertain: '不确定',
	csvYes: '是',
	csvNo: '否',

	tacticLead: '在规划器中将这些组合用于交叉销售策略：',
	tacticHint: '在订单确认和购后邮件中推荐提升度高的组合；在客户通常的第二次下单之前，通过邮件推荐他们接着会买的商品。'
};

export default affinity;
