import type en from '../en/clv';
import type { Catalogue } from '../messages';

/** 预测客户终身价值部分（BG/NBD + Gamma-Gamma，位于“分析”页面）的文字。 */

const UNITS = { day: '天', week: '周', month: '月（每月 30.44 天）' };

/** 数字之后的时间单位（“26.3 周”“12.3 个月”），按 UNITS 中的名称查找。 */
const UNIT_AFTER_NUMBER: Record<string, string> = {
	[UNITS.day]: '天',
	[UNITS.week]: '周',
	[UNITS.month]: '个月（每月 30.44 天）'
};

const clv: Catalogue<typeof en> = {
	title: '预测的终身价值',
	heading: '预测的客户终身价值',
	intro: 'BG/NBD（Fader, Hardie & Lee 2005）预测每位客户今后还会购买多少次，以及其仍处于活跃状态的可能性；Gamma-Gamma（Fader & Hardie 2013）预测其每次购买的消费金额。两个模型都在此浏览器中用最大似然法拟合您的数据。',
	settings: '模型设置',
	unit: '模型的时间单位',
	units: UNITS,
	unitOne: { day: '天', week: '周', month: '月' },
	horizon: '预测期（月）',
	discount: '年折现率（%）',
	margin: '毛利率（%）',
	marginHelp: '毛利率为 100% 时，CLV 以收入计；填入您的毛利率，则以利润计。',
	invalidHorizon: '请输入 1 到 120 之间的整数月数。',
	invalidDiscount: '请输入每年 0 到 100% 之间的折现率。',
	invalidMargin: '请输入大于 0 且不超过 100% 的毛利率。',
	fitting: '正在拟合模型……',
	failed: (p) => `无法拟合模型：${p.detail}`,
	retry: '重试',
	refusedHeading: '数据不足，无法给出可信的预测',
	refusedHelp: '模型未拟合（或拟合结果不可信），原因如下：',
	spendRefusedHeading: '预测 CLV 不予显示：消费模型失败',
	spendRefusedHelp:
		'购买模型（BG/NBD）已拟合且可信，因此下方显示它的预测：P(活跃)、预期购买次数和至少购买一次的概率，以及每位客户预测的下一单日期。消费模型（Gamma-Gamma）不可信，因此不显示每次购买的预测消费和预测 CLV（按客户、合计和按细分）。原因：',
	problems: {
		'too-few-customers': (p) => `客户太少：只有 ${p.customers} 位，至少需要 ${p.minimum} 位。`,
		'too-few-repeat-buyers': (p) =>
			`购买过不止一次的客户太少：只有 ${p.repeatBuyers} 位，而要了解客户回购的频率，至少需要 ${p.minimum} 位。`,
		'no-observation-time': '所有客户都是在数据的最后一天首次购买：没有可用于观察重复购买的时间。',
		'no-positive-spend': (p) =>
			`没有任何重复购买客户的平均消费为正数（因消费为零或负数而排除的客户：${p.excludedNonPositive} 位）。`,
		'too-few-spend-customers': (p) =>
			`消费为正数的重复购买客户太少：只有 ${p.customers} 位，消费模型至少需要 ${p.minimum} 位（因消费为零或负数而排除的客户：${p.excludedNonPositive} 位）。`,
		'no-holdout-period': '分割日期之后没有可用于比较的时间段。',
		'fit-not-converged': (p) => `${p.model} 模型的拟合未收敛（${p.reason}）。`,
		'parameter-at-limit': (p) => `${p.model} 模型的参数 ${p.parameter} 趋向 ${p.value}：数据无法确定该模型。`,
		'spend-mean-undefined': (p) => `消费模型的 q = ${p.q} ≤ 1，因此平均消费不是有限值。`
	},
	warnings: {
		'few-repeat-buyers': (p) =>
			`重复购买客户为 ${p.repeatBuyers} 位，建议至少 ${p.recommended} 位：请把这些数字视为粗略估计。`,
		'spend-excluded': (p) =>
			`有 ${p.excludedNonPositive} 位平均消费为零或负数的重复购买客户未纳入消费模型；他们按平均消费计。`,
		'restarts-disagree': (p) => `${p.model} 模型从不同起点拟合得到了不同的最优解；已采用其中最好的一个。`,
		'spend-frequency-correlated': (p) =>
			`消费金额与购买频率相关（r = ${p.correlation}）；Gamma-Gamma 假设二者不相关，因此消费预测可能有偏差。`,
		'no-dropout':
			'这段历史中几乎看不到客户流失：购买模型采用其无流失极限（a → 0，即 NBD 模型），此时每位客户都保持活跃。',
		'dropout-uncertain': '数据几乎无法确定有多少客户流失：流失程度差别很大的拟合几乎同样可信。'
	},
	ridge: {
		heading: '这段历史能说明什么、不能说明什么',
		noDropout: (p) =>
			`这段历史中几乎看不到客户流失：最佳拟合是没有任何客户离开的极限情形（a → 0 的 BG/NBD，即 NBD 模型）。仍活跃的概率平均为 ${p.alive}——每位客户都接近 100%——预测价值完全取决于购买频率。如果您的客户确实会流失，这段历史太短或太平稳，无法体现：请把总额视为上限。`,
		uncertain: (p) =>
			`数据几乎无法确定有多少客户流失：流失参数小于其自身的不确定性（a = ${p.a} ± ${p.seA}，b = ${p.b} ± ${p.seB}）。仍活跃的概率平均为 ${p.alive}，预测价值主要取决于购买频率。`,
		uncertainNoErrors: (p) =>
			`数据几乎无法确定有多少客户流失：似然函数过于平坦，无法给出标准误。仍活跃的概率平均为 ${p.alive}，预测价值主要取决于购买频率。`,
		nbdGap: (p) => `完全没有流失的模型，其对数似然仅差 ${p.gap}。`,
		range: (p) =>
			`数据无法区分的各个拟合（与最佳拟合的对数似然相差不超过 ${p.gap}）给出的未来 ${p.months} 个月预测价值在 ${p.low} 到 ${p.high} 之间。`,
		caption: '沿拟合平坦方向的预测总额',
		dropout: '重复购买后的流失概率，a/(a+b)',
		gap: '比最佳拟合低的对数似然',
		alive: '平均仍活跃概率',
		total: '预测价值',
		used: '用于预测',
		none: '无（a → 0）'
	},
	totalsHeading: '合计',
	totalClv: (p) => `未来 ${p.months} 个月的预测价值`,
	totalPurchases: (p) => `未来 ${p.months} 个月的预期购买次数`,
	meanAlive: '客户仍活跃的平均概率',
	meanAliveNote:
		'BG/NBD 只允许客户在复购之后流失，因此只购买过一次的客户无论多久以前购买，都算作活跃（仍活跃的概率 = 100 %）：平均值也包括他们。客户表列出每位客户的数值。',
	customersModelled: '纳入模型的客户数',
	discountStatement: (p) =>
		`折现：每年 ${p.annual}，相当于每${p.unit} ${p.perUnit}（(1 + ${p.annual})^(1/${p.unitsPerYear}) − 1）；每个月的预期购买次数按 (1 + ${p.annual})^(−月数/12) 折现。`,
	clvFormula: 'CLV = 毛利率 × 每次购买的预期消费 × Σ 各月（当月预期购买次数 × 折现因子）',
	excludedCustomers: (p) => `有 ${p.count} 位客户的首次购买晚于校准期结束，未纳入模型。`,
	populationSpend: (p) => `有 ${p.count} 位客户没有可用的重复消费数据，按每次购买的平均消费计。`,
	segmentsHeading: '按细分群体',
	segment: '细分群体',
	customers: '客户数',
	segmentClv: '预测价值',
	segmentPurchases: '预期购买次数',
	interval: (p) => `${p.confidence} 区间`,
	intervalValue: (p) => `${p.low} – ${p.high}`,
	bootstrap: {
		heading: '不确定性',
		help: '自助法（bootstrap）对有放回抽取的客户样本重新拟合两个模型并重算合计，从而得到总额和每个细分群体的区间。',
		replicates: '重复次数',
		start: '计算不确定性区间',
		cancel: '停止',
		progress: (p) => `第 ${p.done} 次，共 ${p.of} 次`,
		progressLabel: '自助法进度',
		result: (p) =>
			`预测总价值：${p.estimate}，${p.confidence} 区间为 ${p.low} – ${p.high}（重复 ${p.replicates} 次${p.failed}）。`,
		failedFits: (p) => `，其中 ${p.count} 次重新拟合未收敛，已舍弃`,
		unbounded: (p) => `，其中 ${p.count} 次没有有限的平均消费（q ≤ 1），按无上限计`,
		noDropoutFits: (p) => `，其中 ${p.count} 次处于无流失极限`,
		noUpperLimit: '无上限',
		stopped: '已提前停止：区间基于目前已完成的重复。',
		invalidReplicates: '请输入 10 到 1,000 之间的重复次数。'
	},
	parameters: {
		heading: '拟合参数（供分析人员参考）',
		model: '模型',
		parameter: '参数',
		estimate: '估计值',
		standardError: '标准误',
		logLikelihood: '对数似然',
		converged: '是否收敛',
		iterations: '迭代次数',
		bgnbd: 'BG/NBD',
		gammaGamma: 'Gamma-Gamma',
		unitNote: (p) => `时间单位：${p.unit}。α 随时间单位而变；r、a、b、p、q 和 v 则不变。`,
		spendCustomers: (p) =>
			`Gamma-Gamma 基于 ${p.customers} 位平均消费为正数的重复购买客户拟合；其每次购买的平均消费为 ${p.mean}。`
	},
	table: {
		heading: '客户',
		search: '搜索客户 ID',
		caption: (p) => `每位客户在 ${p.months} 个月内的预测价值；共有 ${p.total} 位客户符合条件。`,
		customer: '客户',
		x: '重复购买次数',
		tx: (p) => `首购至末购时长（${p.unit}）`,
		T: (p) => `首购至今时长（${p.unit}）`,
		monetary: '重复购买的平均消费',
		probabilityAlive: '仍活跃的概率',
		expectedPurchases: '预期购买次数',
		expectedSpend: '每次购买的消费',
		clv: '预测价值',
		segment: '细分群体',
		sortBy: (p) => `按“${p.column}”排序`,
		previous: '上一页',
		next: '下一页',
		page: (p) => `第 ${p.from}–${p.to} 行，共 ${p.total} 行`,
		export: '导出全部客户（CSV）',
		none: '没有符合条件的客户。'
	},
	holdout: {
		heading: '留出期检验',
		help: '用分割日期之前的数据拟合购买模型，预测之后的购买次数，并与客户的实际购买进行比较。',
		split: '分割日期',
		run: '运行检验',
		running: '正在检验……',
		invalidSplit: (p) => `请选择 ${p.from} 到 ${p.to} 之间的日期。`,
		tooShort: (p) =>
			`订单只覆盖 ${p.span}：留出检验需要足够长的历史，才能用较早部分拟合模型并与较晚部分比较预测（实际中需要几个月），因此无法在此数据集上运行。`,
		usesNoDropout: '分割日期之前几乎看不到流失，因此检验使用模型的无流失极限（a → 0：每位客户都保持活跃）。',
		usesUncertain: '分割日期之前的数据几乎无法确定流失；检验使用最佳估计，但它并不确定。',
		suggest: (p) => `以 ${p.date} 为分割日期运行检验（此前有足够的客户和重复购买者）`,
		noSuggestion:
			'没有任何分割日期能在其之前留下足够的重复购买者、在其之后留下足够的时间：这段历史太短，或回头客太少，无法进行此检验。',
		chartTitle: '分割日期之后的购买次数：预测与实际',
		chartDescription: (p) =>
			`${p.split} 之后 ${p.length} ${UNIT_AFTER_NUMBER[p.unit] ?? p.unit}内每位客户的平均购买次数，按该日期之前的重复购买次数分组。`,
		predicted: '预测',
		actual: '实际',
		frequency: '分割日期之前的重复购买次数',
		frequencyLong: (p) => `分割日期之前重复购买 ${p.n} 次`,
		errorsHeading: '误差',
		mae: '每位客户的平均绝对误差',
		rmse: '每位客户的均方根误差',
		totals: '分割日期之后的购买次数：预测与实际',
		totalError: '合计的误差',
		correlation: '每位客户预测值与实际值的相关系数',
		notDefined: '无定义'
	}
};

export default clv;
