import type en from '../en/depth';
import type { Catalogue } from '../messages';

/** 深入分析页面的文本：复购时间与逐个客户的行动。 */
const depth: Catalogue<typeof en> = {
	repurchaseTitle: '距第二次下单的时间',
	repurchaseIntro:
		'客户隔多久回来购买，以及何时联系尚未回来的客户。这里的一次购买指一个购买日：同一客户在同一天的多笔订单算作一次购买，与预测 CLV 模型的计数方式相同。',
	linkRepurchase: '距第二次下单的时间与复购曲线',
	linkCustomers: '逐个客户的行动与受众',
	dataset: '数据集',
	computing: '正在计算…',
	wholeDataset: (p: { from: string; to: string }) =>
		`根据数据集的全部订单计算（${p.from} – ${p.to}）：分析页面上选择的日期范围不适用于此处。`,
	summaryOnly: '该数据集是没有订单日期的客户汇总：无法从中测量购买间隔。',
	notFound: '该数据集已不再存储于此。',
	failed: (p) => `无法计算这些数字：${p.detail}`,
	noDatasets: '尚未存储任何数据集。',
	importFirst: '请先导入订单。',
	basis: (p) =>
		`基于 ${p.customers} 位在 ${p.from} 至 ${p.to} 期间有订单的客户；其中 ${p.repeat} 位在之后的某一天再次购买。所有时间均以天为单位。`,
	sameDay: (p) =>
		`${p.count} 位客户下了两笔或更多订单，但都在同一天：这里算作一次购买，因此他们尚未回购（“分析”页面的复购率把他们算作回头客）。`,
	medianHeading: '从第一次到第二次购买的天数',
	median: (p) =>
		`中位数 ${p.median} 天，基于 ${p.count} 位回购的客户。其中至少四分之一在 ${p.quarter} 天内回购，至少一半在 ${p.half} 天内，至少四分之三在 ${p.threeQuarters} 天内：每个比例取首次达到它的那一天。`,
	medianNone: '还没有客户在第二个日子购买：没有可显示的第二次购买时间。',
	medianBias:
		'只有回购的客户才有距第二次购买的时间；尚未回购的客户不包括在内，因此这是回购客户的等待时间，而不是所有客户的。',
	uncertain: (p) => `不确定：仅基于 ${p.count} 位回购客户，少于 ${p.minimum} 位。`,
	histogramTitle: '距第二次购买的天数',
	histogramDescription: (p) => `按从第一次到第二次购买的天数划分客户，每 30 天一组（${p.count} 位回购客户）。`,
	binLabel: (p) => `${p.from}–${p.to} 天`,
	binOpen: (p) => `${p.from} 天或更多`,
	binHeader: '首次购买后的天数',
	customersHeader: '客户',
	curveTitle: '复购曲线：d 天内回购的比例',
	curveDescription: (p) =>
		`每个点只计算首次购买后被观察了至少 d 天的客户：第一个点 ${p.first} 位，最后一个点 ${p.last} 位（第 ${p.day} 天）；观察人数少于 ${p.stop} 位时曲线停止。与 30、60、90 和 180 天表格一样，依据少于 ${p.minimum} 位被观察客户的比例标为不确定（空心标记）；曲线的表格给出每个点的基数。因此曲线可能下降：靠后的点基于更少、也更早的客户，他们的回购可能本就较少；这并不是比例减少了。`,
	curveEmpty: (p) => `没有曲线：首次购买后被观察一周或更久的客户少于 ${p.minimum} 位。`,
	curveUncertain: '不确定',
	curveSeries: '已回购',
	withinHeading: '在 30、60、90 和 180 天内回购',
	withinHelp:
		'每个比例只计算首次购买后被观察了至少相应天数的客户（其首次购买至少早于数据最后一天相应天数）。较晚购买的客户还没有足够时间回购，因此不计入。',
	withinDays: '期限',
	withinDaysValue: (p) => `${p.days} 天内`,
	withinShare: '已回购',
	withinBasis: '基数',
	withinBasisValue: (p) => `被观察了这么久的 ${p.observed} 位客户中的 ${p.reordered} 位`,
	withinLeftOut: '未计入（观察时间较短）',
	withinUncertain: (p) => `不确定：观察这么久的客户少于 ${p.minimum} 位；95% Wilson 区间 ${p.low} – ${p.high}`,
	withinNone: '无法测量：没有客户被观察这么久',
	gapsHeading: '一次购买到下一次购买的时间',
	gapsHelp: (p) =>
		`每位客户第 n 个与第 n+1 个购买日之间的天数；从第 4 次购买起，之后的所有间隔合并计算。每一行只包括确实再次购买的客户：第 2 次到第 3 次购买的中位数只基于做了第三次购买的客户，不包括停在两次的客户。四分位数在排序后的数值之间线性插值。某一行的间隔来自少于 ${p.minimum} 位客户时，其中位数标为不确定。`,
	gapsFrom: '从第几次购买',
	gapsTo: '到下一次',
	gapsFourPlus: '第 4 次及以后',
	gapsCount: '间隔数',
	gapsCustomers: '客户',
	gapsMedian: '中位数（天）',
	gapsQuartiles: '四分位数（天）',
	gapsQuartileRange: (p) => `${p.q1} – ${p.q3}`,
	gapsNone: '无',
	gapsUncertain: (p) => `不确定：来自 ${p.customers} 位客户，少于 ${p.minimum} 位`,
	csv: {
		histogram: '下载距第二次购买的天数（CSV）',
		within: '下载 30、60、90 和 180 天内回购的比例（CSV）',
		curve: '下载回购曲线（CSV）',
		gaps: '下载购买间隔（CSV）',
		fromDay: '起始天',
		toDay: '结束天（空：无上限）',
		customers: '客户',
		shareOfReturning: '占回购客户的比例',
		days: '天数内',
		observed: '被观察了这么久的客户',
		reordered: '其中在该天数内回购',
		share: '回购比例',
		low: '回购比例，95% Wilson 区间下限',
		high: '回购比例，95% Wilson 区间上限',
		uncertain: (p) => `不确定（被观察这么久的客户少于 ${p.minimum} 位）`,
		day: '首次购买后的天数',
		gap: '从第 n 次到第 n + 1 次购买',
		q1: '下四分位数（天）',
		q3: '上四分位数（天）',
		gapUncertain: (p) => `中位数不确定（间隔来自少于 ${p.minimum} 位客户）`,
		yes: '是',
		no: '否'
	},
	sendHeading: '何时发送',
	postPurchase: (p) => `购后提醒：首单后第 ${p.day} 天。`,
	postPurchaseRule: '规则：回购客户中至少一半已下第二单的第一天。',
	winBack: (p) => `挽回邮件：首单后第 ${p.day} 天。`,
	winBackRule: '规则：回购客户中至少四分之三已下第二单的第一天。',
	afterWinBack: (p) =>
		`在被观察至少 ${p.days} 天、到第 ${p.day} 天仍未回来的 ${p.observed} 位客户中，有 ${p.cameBack} 位（${p.share}）在首次购买后 ${p.days} 天内回来了。`,
	afterWinBackNone: (p) =>
		`到第 ${p.day} 天仍未回来的客户中，还没有人被观察满 ${p.days} 天：之后有多少人回来尚无法衡量。`,
	sendShortSpan: (p) =>
		`不确定：订单只覆盖 ${p.span} 天。晚于此的第二次购买无法看到，因此这些天数偏早；订单覆盖至少 ${p.need} 天后才稳定（挽回日的两倍，且不少于 180 天）。`,
	sendNone: '在有客户于第二个日子购买之前，无法建议发送日。',
	tacticsLead: '使用这些天数的策略：',
	oneTimeLink: (p) => `下单后已过 ${p.day} 天及以上的一次性买家，可直接导出`,

	customersTitle: '逐个客户的行动',
	customersIntro:
		'针对每位客户：BG/NBD 模型预计其在预测期内的购买次数、仍活跃的概率、下一次可能购买的时间、迄今价值和预测 CLV；以及可直接导入电子邮件工具的受众。',
	unit: '模型的时间单位',
	horizon: '预测期（月）',
	invalidHorizon: '请输入 1 到 120 之间的整数月数。',
	modelNote: (p) =>
		`BG/NBD 与 Gamma-Gamma 的拟合方式与“分析”页面相同，年折现率 ${p.discount}，利润率 ${p.margin}（CLV 以收入计）。在那里使用相同设置会得到相同的数值。`,
	fitting: '正在拟合模型…',
	refused: '在该数据集上模型不可信，因此没有预测；迄今价值和一次性买家受众仍然可用。原因：',
	clvWithheld:
		'预测 CLV 不予显示：消费模型（Gamma-Gamma）在该数据集上不可信，因此没有每次购买的预测消费。购买模型（BG/NBD）已拟合且可信：P(活跃)、预期购买次数、预测的下一次订单和受众仍然有效。消费模型失败的原因：',
	warningsLead: '阅读预测时请注意以下关于模型拟合的警告：',
	nextDefinition: (p) =>
		`预测的下一单：从数据最后一天（${p.day}）算起，至少再购买一次的概率达到 50% 的日期。BG/NBD 给出的该概率为 P(活跃) × (1 − ((α + T) / (α + T + t))^(r + x))；当 P(活跃) 不超过 50% 时，它永远达不到一半，因此不给出日期。`,
	basisCustomers: (p) => `${p.customers} 位客户；年龄和天数均计算到数据最后一天 ${p.day}。`,
	rulesHeading: '受众',
	topShare: '高价值：按迄今价值排名前 … % 的客户',
	slippingBelow: '流失中：P(活跃) 低于（%）',
	championAtLeast: '活跃：P(活跃) 至少（%）',
	oneTimeDays: '下单后已过 N 天及以上的一次性买家：N =',
	oneTimeDefault: (p) => `N 的默认值是“距第二次下单的时间”建议的购后提醒日（${p.day}）。`,
	oneTimeDefaultUncertain: (p) => `该日期不确定：仅基于 ${p.count} 位回购客户。`,
	oneTimeDefaultShortSpan: (p) => `这一天不确定：订单只覆盖 ${p.span} 天，太短，看不到更晚的第二次购买，因此偏早。`,
	oneTimeDefaultNone: '无法从该数据集建议发送日；N 从 30 开始。',
	invalidPercent: '请输入大于 0 且小于 100 的百分比。',
	invalidDays: '请输入 1 到 3650 之间的整数天数。',
	audiences: {
		slipping: '高价值、流失中',
		oneTime: '下单后已过 N 天及以上的一次性买家',
		champions: '高价值、活跃'
	},
	slippingRule: (p) =>
		`迄今价值位于前 ${p.top} 的客户（${p.cut} 或以上），且 P(活跃) 低于 ${p.below}。BG/NBD 把没有复购的客户视为活跃，因此只有至少回购过一次的客户才可能流失。`,
	championsRule: (p) =>
		`迄今价值位于前 ${p.top} 的客户（${p.cut} 或以上），至少 ${p.purchases} 个购买日，且 P(活跃) 至少 ${p.atLeast}。`,
	oneTimeRule: (p) => `只有一个购买日，且首次购买至少早于数据最后一天 ${p.days} 天：他们已等待这么久仍未回购。`,
	audienceSize: (p) => `${p.count} 位客户`,
	needsModel: '需要模型的 P(活跃)，而该数据集没有。',
	exportKlaviyo: '用于 Klaviyo 的 CSV',
	exportMailchimp: '用于 Mailchimp 的 CSV',
	exportIds: '客户 ID 的 CSV',
	exportFor: (p) => `${p.tool}：${p.audience}`,
	exportNote:
		'文件在本浏览器中生成并保存在本设备上；不会上传任何内容。Klaviyo 读取标题为 “Email” 的邮箱列，Mailchimp 读取标题为 “Email Address” 的列。',
	namesNone: '导入的文件没有姓名列（例如 “Billing Name”，或名字和姓氏列），因此导出文件中没有姓名。',
	namesParts: (p) =>
		`文件中名字和姓氏两列的姓名写在 “First Name” 和 “Last Name” 下，这是 Klaviyo 和 Mailchimp 对应到其姓名字段的标题。${p.customers} 位客户中有 ${p.known} 位有姓名。`,
	namesFull: (p) =>
		`文件只有一个完整姓名列：姓名完整写在 “Name” 下，不拆分为名字和姓氏，因为 Klaviyo 和 Mailchimp 都没有说明如何拆分，而且没有一种规则适用于所有姓名。Klaviyo 会把该列保存为自定义属性 “Name”；在 Mailchimp 中，请在导入时把它对应到一个文本字段。${p.customers} 位客户中有 ${p.known} 位有姓名。`,
	namesPrivate: '姓名属于个人数据：它们与数据集一起保留在本浏览器中，只写入这些文件，绝不进入任何数字。',
	emailsPartial: (p) => `${p.customers} 个客户 ID 中有 ${p.emails} 个是电子邮件地址；其余的不会写入邮件文件。`,
	noEmails:
		'该数据集没有电子邮件列：客户 ID 不是电子邮件地址。导出文件改为包含客户 ID（“Customer ID”列），以便与您的电子邮件工具中的列表匹配。',
	exported: (p) => `已保存 ${p.count} 位客户；${p.leftOut} 位因 ID 不是电子邮件地址而未包含。`,
	consentNone:
		'导入的文件没有说明哪些客户同意接收营销邮件（没有类似 Shopify “Accepts Email Marketing”的列），因此没有客户因此被排除。请只把同意接收营销邮件的联系人导入邮件工具，或将他们作为未订阅导入（Klaviyo：never subscribed；Mailchimp：non-subscribed），只向他们发送交易类邮件。',
	consentRead: (p) =>
		`营销同意取自文件的“${p.columns}”列：每位客户最近一笔写明“是”或“否”的订单，包括已取消和已退款的订单（无论订单结果如何，拒绝都有效）。最近答复为“否”的客户不会出现在任何导出中。`,
	consentFileColumn:
		'文件含有“Email Marketing Consent”列：同意的客户为“Subscribed”，文件未说明的为空。Klaviyo 的列表导入会读取此列（空单元格视为 never subscribed）。Mailchimp 对整个导入只设一个状态：只把标为“Subscribed”的行作为订阅者导入，其余作为 non-subscribed 导入。',
	audienceConsent: (p) =>
		`同意情况（最近订单）：同意营销邮件 ${p.yes} 人，文件未说明 ${p.unknown} 人，拒绝并不导出 ${p.no} 人。`,
	audienceConsentUnknown: '同意情况：文件对其中任何人都未说明。',
	exportedDeclined: (p) => `已保存 ${p.count} 位客户；${p.declined} 位因拒绝营销邮件而未导出。`,
	declinedLeftOut: (p) => `另有 ${p.declined} 位因拒绝营销邮件而未导出。`,
	unsubscribeNote:
		'下方的文件不包含在最近一笔订单中拒绝营销邮件的顾客，但已经包含他们的名单在收到通知前仍会保留其订阅。此文件列出他们的地址，以及没有有效订单且拒绝营销邮件的人的地址：请在 Mailchimp 中以“Unsubscribed”状态导入，或在 Klaviyo 中作为屏蔽资料（suppressed profiles）上传。',
	unsubscribeKlaviyo: 'Klaviyo 退订文件',
	unsubscribeMailchimp: 'Mailchimp 退订文件',
	unsubscribeSaved: (p) => `已保存 ${p.count} 位拒绝营销邮件的顾客的地址。`,
	unsubscribeLeftOut: (p) => `另有 ${p.count} 位以非电子邮件地址的 ID 拒绝，未列入文件。`,
	unsubscribeOthers: (p) =>
		`文件中还有 ${p.count} 位没有有效订单（订单均已取消、未付款、全额退款或属于被排除的货币）且拒绝营销邮件的人的地址。`,
	unsubscribeOthersOnly: (p) =>
		`已保存 ${p.count} 位没有有效订单（订单均已取消、未付款、全额退款或属于被排除的货币）且拒绝营销邮件的人的地址；没有顾客拒绝。`,
	unsubscribeNone: '没有顾客在最近一笔订单中拒绝营销邮件：未生成文件。',
	exportSettingsInvalid: '上方某项设置不是有效数字',
	exportMaking: '正在生成文件…',
	exportFailed: (p) => `无法生成文件${p.detail ? `（${p.detail}）` : ''}。没有保存任何内容：请重试，或重新加载页面。`,
	tableHeading: '客户',
	show: '显示',
	all: '所有客户',
	sortBy: '排序依据',
	sorts: {
		clv: '预测 CLV',
		value: '迄今价值',
		probabilityAlive: 'P(活跃)',
		nextDay: '预测的下一单',
		lastPurchase: '最近一次购买'
	},
	descending: '从高到低',
	columns: {
		customer: '客户',
		purchases: '购买日数',
		value: '迄今价值',
		lastPurchase: '最近一次购买',
		probabilityAlive: 'P(活跃)',
		expectedPurchases: (p) => `预计购买次数，未来 ${p.months} 个月`,
		purchaseWithinHorizon: (p) => `P(至少购买一次)，未来 ${p.months} 个月`,
		nextDay: '预测的下一单',
		clv: (p) => `预测 CLV，${p.months} 个月`
	},
	noDate: '预计不会（P(活跃) ≤ 50%）',
	afterHorizon: (p) => `超出 ${p.months} 个月的预测期：外推，远离数据`,
	noModel: '—',
	rowsShown: (p) => `第 ${p.from}–${p.to} 位客户，共 ${p.total} 位`,
	previous: '上一页',
	next: '下一页',
	empty: '该受众中没有客户。'
};

export default depth;
