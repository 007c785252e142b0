import type en from '../en/planner';
import type { Catalogue } from '../messages';

/** 计划部分的文字：状态、进度、建议以及计划导出。 */
const planner: Catalogue<typeof en> = {
	title: '计划',
	statuses: {
		'not-started': '未开始',
		planned: '已计划',
		'in-progress': '进行中',
		done: '已完成',
		'not-relevant': '不相关'
	},
	fields: {
		status: '状态',
		notes: '备注',
		owner: '负责人',
		targetDate: '目标日期'
	},
	problems: {
		'unknown-tactic': '该策略已不在策略目录中。',
		'invalid-status': '请选择一个状态。',
		'invalid-date': '请输入有效的日期，或留空。',
		'notes-too-long': '备注太长（最多 5,000 个字符）。',
		'owner-too-long': '负责人姓名太长（最多 120 个字符）。',
		'invalid-timestamp': '保存的修改时间无效。'
	},
	progress: (p: { done: string; relevant: string; share: string }) =>
		`${p.relevant} 项相关策略中已完成 ${p.done} 项（${p.share}）`,
	noneRelevant: '所有策略都被标为不相关。',
	suggestions: {
		title: '建议顺序',
		noMeasurements: '请测量流失率、留存率、复购率或订单价值，并选择您的行业，即可按您的差距对策略排序。',
		watchesMetric: (p: { metric: string; user: string; benchmark: string; source: string }) =>
			`您的${p.metric}为 ${p.user}，落后于${p.source}的 ${p.benchmark}；此策略直接作用于该指标。`,
		movesLever: (p: { metric: string; user: string; benchmark: string; source: string; lever: string }) =>
			`您的${p.metric}为 ${p.user}，落后于${p.source}的 ${p.benchmark}；此策略的杠杆（${p.lever}）有助于缩小差距。`,
		noGap: '您测得的差距都与此策略无关；它按清单顺序列出。',
		unmatched: (p: { metric: string }) => `没有任何已发布的基准可以与您的${p.metric}比较。`,
		unmatchedSmall: (p: { metric: string; n: string }) =>
			`您的${p.metric}所依据的客户太少（${p.n} 位；至少需要 30 位），无法下结论。`,
		unmatchedCounted: (p) => `您的${p.metric}未与${p.source}比较。${p.reason}`,
		unmatchedPeriod: (p: { metric: string; period: string }) =>
			`您的${p.metric}（${p.period}）是以活跃窗口实测的，因此不复合推算到其他周期，而没有已发布数据属于该周期。`,
		aboutSame: (p: { metric: string; source: string }) =>
			`您的${p.metric}与${p.source}大致相同：该基准值在您数值的 95% 区间内，因此不计为差距。`,
		ahead: (p: { metric: string; source: string }) => `您的${p.metric}与${p.source}持平或领先。`
	},
	export: {
		title: '留存计划',
		markdown: '导出为 Markdown',
		csv: '导出为 CSV',
		print: '打印',
		columns: {
			id: '策略 ID',
			tactic: '策略',
			lever: '杠杆',
			status: '状态',
			owner: '负责人',
			targetDate: '目标日期',
			notes: '备注',
			updatedAt: '最后修改时间（UTC）'
		},
		heading: '导出与打印',
		intro: '下载完整计划（包括所有策略，不受筛选影响），或将其打印为一份整洁的文档。',
		fileMarkdown: '留存计划.md',
		fileCsv: '留存计划.csv',
		failed: '无法从此浏览器的存储中读取计划。'
	},
	intro: '“来源”页列出的五篇文章中的所有留存策略，内容相同的已合并。可为每项策略记录状态、负责人、目标日期和备注：它们都保存在此浏览器中。',
	links: {
		benchmarks: '行业基准：比较您的数字',
		whatIf: '假设分析：某项变化对 CLV 和收入的影响'
	},
	progressHeading: '进度',
	progressBar: '相关策略的完成比例',
	statusCounts: '各状态的策略数',
	setup: {
		heading: '您的差距',
		intro: '以下建议使用与“行业基准”页面相同的基线和行业；在这里或那里修改均可。'
	},
	suggestionsMore: {
		intro: '针对您落后于基准的数字的策略，差距最大的排在最前。已完成或标为不相关的策略不列出。',
		recounted: (p) =>
			`${p.value}（按该数据的口径计算：一年前活跃的 ${p.start} 位客户中有 ${p.retained} 位再次购买）`,
		none: '您测得的数值都没有落后于基准：没有策略被提前。清单保持原有顺序。',
		rule: '您的每个数值只与一个基准数值比较，该数值在结论旁注明：优先选用您所选行业的数值（选择某一领域的所有行业时，先用覆盖整个领域的数值，再用其中某一部分的数值；只有两者都没有时才用所有企业的平均值），其中优先选用注明了中位数或平均值、数据最新的那个。基准页面将您的数值与每个基准数值逐一对照。'
	},
	filters: {
		heading: '筛选清单',
		lever: '杠杆',
		segment: '客户细分群体',
		status: '状态',
		any: '全部',
		clear: '显示所有策略',
		showing: (p: { shown: string; total: string }) => `正在显示 ${p.total} 项策略中的 ${p.shown} 项。`,
		segmentOrder: (p: { segment: string }) => `专为“${p.segment}”设计的策略排在前面，其后是适合所有客户的策略。`,
		none: '没有符合这些筛选条件的策略。'
	},
	checklistHeading: '策略清单',
	form: {
		legend: '您的计划',
		dateHint: '请按 YYYY-MM-DD 格式填写，例如 2025-09-30。不设日期请留空。',
		datePlaceholder: 'YYYY-MM-DD',
		notesCount: (p: { length: string; max: string }) => `${p.length} / ${p.max} 个字符`,
		notSaved: '更正之前不会保存；您输入的内容会保留在这里。',
		saved: '已保存。',
		saveFailed: '无法在此浏览器中保存这项修改。'
	},
	print: {
		printed: (p: { date: string }) => `打印于 ${p.date}`,
		none: '—'
	},
	whatIf: {
		title: '假设分析',
		intro: '从您的数字出发，拖动滑块，看看留存率、订单价值、购买频率或毛利率的变化会对客户终身价值和收入产生什么影响。',
		back: '返回计划',
		baselineHeading: '基线',
		source: '起点',
		sources: {
			typed: '我输入的数值',
			scenario: '已保存的计算器情景',
			dataset: '已分析的数据集'
		},
		scenario: '情景',
		noScenarios: 'CRR、流失率、生命周期、AOV、购买频率或 CLV 计算器还没有保存任何情景。',
		dataset: '数据集',
		noDatasets: '还没有已分析的数据集。',
		choose: '请选择……',
		filled: (p: { source: string }) => `已将在“${p.source}”中找到的数值填入下方；其余数值由您设置。`,
		nothingFilled: (p: { source: string }) => `“${p.source}”中没有这些数值。`,
		datasetGone: '填入这些数值的数据集已不在此浏览器中：数值按填入时的样子显示，但不再附有每个数值来源的说明。',
		scenarioGone:
			'填入这些数值的已保存情景已不在此浏览器中：数值按填入时的样子显示，但不再附有每个数值来源的说明。',
		withheldHeading: '在“分析”页面上已标注，因此未填入',
		converted: (p: { original: string; period: string }) =>
			`由${p.period} ${p.original} 换算而来，假设每个周期的留存率相同。`,
		notYearly: (p: { period: string }) =>
			`那里的购买频率是${p.period}的数值；年度频率并不是它的简单倍数，因此请在这里输入年度频率。`,
		yearCustomers: (p: { customers: string; year: string }) =>
			`在 ${p.year}（数据中最近 12 个完整月）下单的 ${p.customers} 位客户。`,
		yearFrequency: (p: { customers: string; orders: string; year: string }) =>
			`他们在 ${p.year} 的订单 ÷ 客户 = ${p.orders} ÷ ${p.customers}。`,
		measuredYear: (p: { counts: string; window: string; year: string }) =>
			`按 ${p.year}、以 ${p.window} 个月活跃窗口实测的 CRR${p.counts}，而不是月度 CRR 的复合推算。`,
		measuredCountsRetained: (p) =>
			`，按再次购买的比例计算：(E − N − R) ÷ S = (${p.end} − ${p.acquired} − ${p.returning}) ÷ ${p.start}，不含 R，即间隔一年以上才回来的客户`,
		measuredCounts: (p: { acquired: string; end: string; start: string }) =>
			`：(E − N) ÷ S = (${p.end} − ${p.acquired}) ÷ ${p.start}`,
		revenueUnnamed: '收入',
		yearAov: (p: { orders: string; revenue: string; revenueName: string; year: string }) =>
			`${p.year}（与 C 和 f 相同的 12 个月）的${p.revenueName} ÷ 订单数：${p.revenue} ÷ ${p.orders}。`,
		noYearRevenue:
			'未填写：该数据集分析时尚未保存当年的收入。请在“分析”页面打开一次，或输入同样 12 个月的平均订单价值。',
		notInDataset: '订单导出中没有该数值：请输入您自己的数值；在您输入之前，不会用此字段计算任何结果。',
		noYearlyCrr:
			'未填写：该数据集最近 12 个完整月的 CRR 不可衡量（见上方标注的数值），而把月度或季度 CRR 复合推算到一年没有意义。',
		noCompleteYear: '未填写：数据未覆盖 12 个完整月，按更短或更长时段统计的客户或订单不是一年的数值。',
		fields: {
			customers: {
				label: '今年的客户数（C）',
				hint: '一年内向您购买的客户。'
			},
			averageOrderValue: {
				label: '平均订单价值（AOV）',
				hint: '每笔订单的收入。'
			},
			purchasesPerYear: {
				label: '每位客户每年的购买次数（f）',
				hint: '一年内每位客户的订单数。'
			},
			retention: {
				label: '年度留存率（r）',
				hint: '今年的客户中明年会再次购买的占比。'
			},
			grossMargin: {
				label: '毛利率（g）',
				hint: '收入扣除已售商品成本后剩余的比例。'
			},
			discountRate: {
				label: '年折现率（d）',
				hint: '一年后的钱比今天的钱少值多少，例如 10。'
			}
		},
		changesHeading: '要尝试的变化',
		changesIntro: '使用滑块、方向键，或在旁边直接输入数字。',
		changes: {
			retentionPoints: '留存率',
			orderValuePercent: '订单价值',
			frequencyPercent: '购买频率',
			marginPoints: '毛利率'
		},
		changeUnits: {
			retentionPoints: '个百分点',
			orderValuePercent: '%',
			frequencyPercent: '%',
			marginPoints: '个百分点'
		},
		numberLabel: (p: { change: string }) => `${p.change}，精确变化值`,
		sliderLabel: (p: { change: string }) => `${p.change}变化`,
		outOfRange: (p: { min: string; max: string }) =>
			`请输入 ${p.min} 到 ${p.max} 之间的数字。将使用上一个有效的变化值。`,
		reset: '重置变化',
		resultsHeading: '影响',
		missingFields: {
			dataset: (p: { fields: string }) =>
				`数据集没有提供所有数值：请输入${p.fields}以查看影响。空字段不参与任何计算。`,
			scenario: (p: { fields: string }) =>
				`已保存的情景没有提供所有数值：请输入${p.fields}以查看影响。空字段不参与任何计算。`,
			typed: (p: { fields: string }) => `请输入${p.fields}以查看影响。空字段不参与任何计算。`
		},
		incomplete: '请正确填写所有基线数值，以查看影响。',
		columns: {
			quantity: '项目',
			baseline: '基线',
			scenario: '变化后',
			difference: '差额'
		},
		rows: {
			clv: '每位客户的 CLV（毛利，已折现）',
			revenueThisYear: '今年的收入',
			revenueNextYear: '明年来自留存客户的收入'
		},
		relative: (p: { value: string }) => `(${p.value})`,
		problems: {
			notFinite: '这些数值无法使用：请检查基线。',
			negative: '这些数值不能为负数：请检查基线。',
			rateAboveOne: '不能使用超过 100% 的比率：请检查基线。',
			changeOutOfRange: (p: { change: string }) => `${p.change}的变化使数值低于零或高于 100%：请选择较小的变化。`,
			diverges: '留存率为 100% 且不折现时，客户永不离开，其价值没有上限：请降低留存率或加入折现率。'
		},
		chartTitle: (p: { quantity: string }) => `${p.quantity}：基线与变化后`,
		chartDescription: (p: { quantity: string }) =>
			`两根横向条形：${p.quantity}的基线值和变化后的值（高亮、带条纹）。`,
		definitionsHeading: '计算内容',
		definitions: [
			'CLV 使用按年计的“留存率与毛利”公式：CLV = m × r / (1 + d − r)，其中 m = AOV × f × g 是一位客户一年带来的毛利。毛利在客户仍然在的每年年末计入，并按每年 d 折现（Gupta 和 Lehmann）。它不是简易公式 AOV × f × t，后者计算的是收入，且不折现。',
			'今年的收入 = C × f × AOV：今年的客户数、他们的购买次数和订单价值。',
			'明年来自留存客户的收入 = (C × r) × f × AOV：只计今年的客户中留下的那些。明年新获得的客户不计入，因此留存率的变化会在这里体现，晚一年显现。'
		],
		math: {
			baseline: '基线：',
			scenario: '变化后：',
			changedRetention: 'r′ = r + 变化',
			changedOrderValue: 'AOV′ = AOV × (1 + 变化)',
			changedFrequency: 'f′ = f × (1 + 变化)',
			changedMargin: 'g′ = g + 变化',
			margin: 'm = AOV × f × g',
			clv: 'CLV = m × r / (1 + d − r)',
			revenueThisYear: '今年的收入 = C × f × AOV',
			retained: '留存客户 = C × r',
			revenueNextYear: '明年的收入 = 留存客户 × f × AOV',
			points: (p: { n: string }) => `${p.n} 个百分点`
		}
	}
};

export default planner;
