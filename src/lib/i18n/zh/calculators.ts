import type en from '../en/calculators';
import type { Catalogue } from '../messages';
import { names } from './sources';

/** 计算器部分的文字。函数收到的数字已按读者的语言格式化；`count` 参数是原始数值。 */
const calculators: Catalogue<typeof en> = {
	title: '计算器',
	intro: '每个计算器都会在您输入时即时显示结果、代入您数字的公式以及教学说明。复制的链接可以重新打开同一计算；命名的情景保存在此浏览器中。',
	groups: {
		retention: '留存与流失',
		orders: '订单与客户',
		value: '客户终身价值',
		acquisition: '获客与忠诚度'
	},
	allCalculators: '全部计算器',
	inputsHeading: '您的数字',
	numberHint: '输入数字时可以使用或不使用千位分隔（10000、10 000、10,000），小数可以用点或逗号（10.5、10,5）。',
	resultHeading: '结果',
	showMath: '显示计算过程',
	mathUnavailable: '一旦可以算出结果，代入您数字的公式就会显示在这里。',
	notesHeading: '说明',
	optional: '可选',
	copyLink: '复制链接',
	linkCopied: '链接已复制。打开它即可看到此计算。',
	copyFailed: '浏览器不允许复制。请选中下面的链接并复制：',
	shareLinkLabel: '此计算的链接',
	embedHeading: '嵌入此计算器',
	embedIntro:
		'将此代码粘贴到网页中，即可在该网页上显示此计算器，并以上面的数字打开。在其中输入的任何内容都不会离开读者的浏览器。',
	embedCodeLabel: '嵌入代码（HTML）',
	copyEmbed: '复制嵌入代码',
	embedCopied: '嵌入代码已复制。',
	embedCopyFailed: '浏览器不允许复制。请选中上面的代码并复制。',
	embedFrameTitle: (p: { title: string }) => `${p.title} — Retention Lab 计算器`,
	openInApp: '在 Retention Lab 中打开',
	opensNewTab: '（在新标签页中打开）',
	projectorView: '投影视图',
	printHandout: '打印讲义',
	handoutLink: '在线查看此计算：',
	handoutQr: '此计算链接的二维码',
	incomplete: (p: { fields: string }) => `请输入${p.fields}以查看结果。`,
	listSeparator: '、',
	percentagePoints: (p: { n: string; count: number }) => `${p.n} 个百分点`,
	invalid: '请更正标出的输入项以查看结果。',
	readAs: (p: { value: string }) => `识别为 ${p.value}`,
	currencyFixed: (p: { currency: string }) => `金额以 ${p.currency} 计，即所打开的方案或链接的货币。`,
	useSettingCurrency: (p: { currency: string }) => `改用 ${p.currency}`,
	unknownPeriod: (p) => `链接要求的周期“${p.period}”本计算器不支持：数字按${p.used}计算；可在上方另选。`,
	forPeriod: {
		month: '月度',
		quarter: '季度',
		year: '年度'
	},
	perPeriod: {
		month: '每月',
		quarter: '每季度',
		year: '每年'
	},
	periodChurn: {
		month: '月度流失率',
		quarter: '季度流失率',
		year: '年度流失率'
	},
	duration: {
		month: (p: { n: string; count: number }) => `${p.n} 个月`,
		quarter: (p: { n: string; count: number }) => `${p.n} 个季度`,
		year: (p: { n: string; count: number }) => `${p.n} 年`
	},
	fieldProblems: {
		empty: '必填：请输入一个数字。',
		notNumber: (p: { text: string; decimalExample: string }) =>
			`“${p.text}”不是数字。请只输入数字，例如 10000 或 ${p.decimalExample}（不要包含字母或货币符号）。`,
		badSeparators: (p: { text: string }) =>
			`“${p.text}”中的分隔符不符合数字格式：千位应每三位分隔一次（10,000 或 10 000），或者干脆不分隔。`,
		negative: '此项不能为负数：请输入 0 或更大的数。',
		thousandsOrDecimal: (p: { text: string; whole: string; mark: string; asDecimal: string; digits: string }) =>
			`${p.text}：您是指 ${p.whole} 吗？计数必须是整数，而在此语言中“${p.mark}”是小数点，因此 ${p.text} 会被读作 ${p.asDecimal}。请输入不带“${p.mark}”的数字，例如 ${p.digits}。`,
		notInteger: '请输入整数：这里统计的是客户、订单或回答的数量。',
		tooLarge: (p: { max: string }) => `该数值太大：此处允许的最大值为 ${p.max}。请检查。`,
		percentAbove100: (p: { value: string }) => `${p.value}% 超过了 100%：请输入 0 到 100 之间的百分比。`
	},
	genericProblem: '这些数值无法用于公式：请检查标出的输入项。',
	compare: {
		toggle: '与方案 B 比较',
		toggleHint: '方案 B 起初是您的数字（A）的副本。修改 B，即可看到结果的差异。',
		scenarioA: '方案 A',
		scenarioB: '方案 B',
		fieldLabel: (p: { scenario: string; label: string }) => `${p.scenario} — ${p.label}`,
		heading: '结果：A 与 B',
		difference: 'B − A',
		relative: '相对变化 (B − A) / |A|',
		noRelative: '无：A 为 0',
		waiting: '两个方案都有结果后，这里会显示差值。',
		notOneNumber: '此结果包含多个数值：请在各方案的计算过程中比较。',
		warningOf: (p: { scenario: string; warning: string }) => `${p.scenario}：${p.warning}`,
		mathOf: '显示计算过程'
	},
	scenarios: {
		heading: '已保存的情景',
		intro: '以一个名称保存这些输入，方便以后再用。它们只保存在此浏览器中。',
		nameLabel: '情景名称',
		save: '保存情景',
		saved: (p: { name: string }) => `已保存“${p.name}”。`,
		replaces: (p: { name: string }) => `已存在名为“${p.name}”的情景：保存将替换它的输入。`,
		none: '此计算器还没有保存任何情景。',
		load: (p: { name: string }) => `载入“${p.name}”`,
		delete: (p: { name: string }) => `删除“${p.name}”`,
		loaded: (p: { name: string }) => `已载入“${p.name}”。`,
		deleted: (p: { name: string }) => `已删除“${p.name}”。`,
		savedOn: (p: { date: string }) => `保存于 ${p.date}`,
		currency: (p: { currency: string }) => `金额以 ${p.currency} 计`,
		nameEmpty: '请为情景命名。',
		nameTooLong: (p: { max: string }) => `名称不能超过 ${p.max} 个字符。`,
		saveFailed: (p: { reason: string }) => `无法保存该情景：${p.reason}`
	},
	/** The chart of how a result responds to its inputs (issue 15, part 2). */
	response: {
		heading: '结果如何随输入变化',
		intro: '每个点都是本计算器在改变一个输入、其他输入保持您所填的值时得出的结果。标出的点是您的计算。',
		vary: '要改变的输入',
		title: (p: { result: string; input: string }) => `${p.result}随${p.input}的变化`,
		description: (p: { input: string }) => `${p.input}取其他值时的结果。`,
		compounding: '逐月复合的流失',
		compoundingDescription:
			'按此流失率，每个月后初始客户中已流失的比例。留存比例相乘，因此流失比例的增长慢于月流失率乘以月数。',
		months: '自开始以来的月数',
		lostSoFar: '自开始以来流失的客户',
		yours: '您的计算',
		waiting: '一旦可以计算出结果，图表就会重新出现。'
	},
	/** "What lifts it most": one input changed at a time. */
	lifts: {
		heading: '哪项提升最大',
		intro: '每行只改变一个输入，其他输入保持您所填的值，并用与结果相同的公式计算。提升最大的排在最前。',
		change: '变化',
		result: '新结果',
		difference: '差额',
		capped: (p: { by: string; max: string }) => `${p.by}，以最高可能值 ${p.max} 为限`,
		line: (p: { field: string; by: string }) => `${p.field}：${p.by}`,
		differenceWithShare: (p: { difference: string; relative: string }) => `${p.difference}（${p.relative}）`
	},

	crr: {
		title: '客户留存率（CRR）',
		description: '周期开始时的客户中，到周期结束时仍是客户的占比。',
		fields: {
			s: { label: '期初客户数（S）', hint: '在周期第一天已是客户的所有人。' },
			e: { label: '期末客户数（E）', hint: '在周期最后一天是客户的所有人，包括新客户。' },
			n: { label: '期内新增客户数（N）', hint: '首次购买发生在本周期内的客户。' }
		},
		period: '周期长度',
		examples: { textbook: '载入教科书示例', seedVariant: '载入 E = 9,800 的变体' },
		result: (p: { period: string }) => `${p.period}客户留存率`,
		retained: '从期初留下的客户（E − N）',
		lost: '流失的客户（S − (E − N)）',
		churn: (p: { period: string }) => `${p.period}流失率（100% − CRR）`,
		formula: 'CRR = (E − N) / S × 100',
		churnFormula: '流失率 = 100% − CRR',
		startNotPositive: 'S 必须大于 0：期初没有客户，就没有人可以留存，公式也会除以零。',
		endBelowAcquired: (p: { e: string; n: string; wouldBe: string }) =>
			`E（${p.e}）小于 N（${p.n}），结果将是 ${p.wouldBe}，这是不可能的。E 统计的是周期结束时的全部客户，其中包括 ${p.n} 位新客户，因此不可能小于 N。请检查 E 是否包含了新客户。`,
		retainedExceedsStart: (p: { retained: string; s: string }) =>
			`结果超过了 100%：E − N = ${p.retained} 位留存客户，多于期初的 ${p.s} 位客户。口径一致的统计不会得出这样的结果。可能是 N 漏掉了部分新客户，或者 E 计入了在周期开始前就已离开、后来又回来的客户。此处仍显示该数值，以便您看出数据不一致；它并不是真实的留存率。`,
		notes: [
			`教科书示例（一个季度内 S = 10,000、N = 2,000、E = 10,200）出自${names['001']}，其中称留存率“约为 78%”。按公式计算应为 (10,200 − 2,000) / 10,000 × 100 = 82%。78% 是 E = 9,800 时的结果：(9,800 − 2,000) / 10,000 × 100 = 78%。载入两个示例即可比较。`,
			'之所以要减去 N，是因为新客户计入了 E，却不在 S 中：不减去的话，赢得新客户看起来就像留住了老客户。',
			'CRR 统计的是客户人数，而不是他们买了多少：请结合购买频率和复购率一起解读。',
			'按相同口径统计时，同一周期的 CRR 与流失率之和为 100%。'
		]
	},

	churn: {
		title: '流失率',
		description: '一个周期内流失客户的占比，可在月、季度和年之间换算。',
		fields: {
			s: { label: '期初客户数（S）', hint: '在周期第一天已是客户的所有人。' },
			l: { label: '期内流失客户数（L）', hint: 'S 中在本周期内离开的客户。' }
		},
		period: '数据覆盖的周期',
		examples: { textbook: '载入教科书示例' },
		result: (p: { period: string }) => `${p.period}流失率`,
		retention: (p: { period: string }) => `${p.period}留存率（100% − 流失率）`,
		formula: '流失率 = L / S × 100',
		startNotPositive: 'S 必须大于 0：期初没有客户，就不会有人流失，公式也会除以零。',
		lostExceedsStart: (p: { l: string; s: string }) =>
			`流失客户数（${p.l}）多于期初客户数（${p.s}）。L 只统计 S 中离开的客户；在同一周期内新获得又流失的客户不计入任何一方。`,
		notes: [
			'流失率在不同周期之间按复合方式换算，而不是简单相乘：月流失率为 5% 时，每月有 95% 的客户留下，因此一年后留下 0.95¹² = 54%，年流失率为 46%，而不是 12 × 5% = 60%。',
			'换算假设每个月的流失率都相同。实际上，客户在最初几个月的流失率通常更高。',
			`按相同口径统计时，流失率 = 100% − CRR：${names['001']}中 CRR 为 82% 的那个季度，季度流失率为 18%。`,
			'没有订阅关系时，“流失”需要先下定义：通常指在某个活跃窗口期内（例如 12 个月）没有任何购买的客户。'
		]
	},

	churnConvert: {
		title: '流失率换算',
		description: '在月、季度和年之间换算流失率：1 − (1 − c)^k。',
		fields: {
			c: { label: '流失率（%）', hint: '每个周期流失客户的占比；5 表示 5%。' }
		},
		period: '该流失率的周期',
		examples: { textbook: '载入教科书示例' },
		equivalent: (p: { period: string }) => `等效的${p.period}流失率`,
		retention: (p: { period: string }) => `${p.period}留存率`,
		notes: [
			'留存是相乘的：如果每月有 95% 的客户留下，一个季度后留下 0.95 × 0.95 × 0.95 = 85.7%，因此季度流失率是 14.3%，而不是 15%。',
			'反向换算要用分数次幂：年流失率 50% 意味着每月有 (1 − 0.5)^(1/12) = 94.4% 的客户留下，即月流失率为 5.6%。',
			'换算假设在较长周期内，每个月的流失率都相同。'
		]
	},

	lifetime: {
		title: '预期客户生命周期',
		description: '粗略估算客户会停留多久：t = 1 / 流失率。',
		fields: {
			c: { label: '流失率（%）', hint: '每个周期流失客户的占比；5 表示 5%。' }
		},
		period: '该流失率的周期',
		examples: { textbook: '载入教科书示例' },
		result: '预期生命周期（粗略估算）',
		inMonths: '以月计',
		inYears: '以年计',
		formula: 't = 1 / 流失率',
		lifetimeImplausible: (p: { lifetime: string; churn: string; period: string }) =>
			`生命周期 ${p.lifetime} 超出了任何真实客户的范围（超过 100 年）：请检查流失率 ${p.churn}。它是否为${p.period}的数值，并以 % 输入（5 表示 5%）？`,
		zeroChurn:
			'流失率为 0% 时没有任何客户离开，生命周期将是 1 / 0，即无限长。现实中的客户群不会这样。请在更长的周期内测量流失率，或输入一个较小的估计值，例如 1%。',
		notes: [
			'这只是粗略估算：它假设每位客户在每个周期都面临相同的流失率，而且永远如此。实际上，客户停留得越久，流失率越低，因此 1 / 流失率会低估忠实客户，高估新客户。',
			'生命周期的单位与流失率的周期相同：月流失率 5% 得出 20 个月，年流失率 5% 得出 20 年。',
			`它可以用作简易 CLV 公式（CLV = AOV × f × t）中的 t；${names['004']}称 1 到 3 年属于常见情况。`
		]
	},

	aov: {
		title: '平均订单价值（AOV）',
		description: '每笔订单的收入。',
		fields: {
			r: { label: '收入', hint: '所统计订单带来的收入，以您的货币计。' },
			o: { label: '订单数', hint: '同一时间段内的订单数。' }
		},
		examples: { textbook: '载入教科书示例' },
		result: '平均订单价值',
		formula: 'AOV = 收入 / 订单数',
		noOrders: '订单数为 0 时不存在平均订单价值：公式会除以零。请至少输入一笔订单。',
		notes: [
			'收入和订单数要在同一时间段内统计，并且两者对取消、退款、税费和运费的处理方式要一致。',
			'AOV 是简易 CLV 公式的第一个因子：CLV = AOV × f × t。'
		]
	},

	frequency: {
		title: '购买频率',
		description: '一个周期内每位客户的订单数。',
		fields: {
			o: { label: '订单数', hint: '本周期内的全部订单。' },
			c: { label: '独立客户数', hint: '本周期内下过单的不同客户。' }
		},
		period: '数据覆盖的周期',
		examples: { textbook: '载入教科书示例' },
		result: (p: { period: string }) => `${p.period}购买频率`,
		unit: (p: { n: string; period: string }) => `每位客户${p.period} ${p.n} 笔订单`,
		formula: 'f = 订单数 / 独立客户数',
		noCustomers: '客户数为 0 时不存在购买频率：公式会除以零。请至少输入一位客户。',
		fewerOrdersThanCustomers: (p: { orders: string; customers: string }) =>
			`订单数（${p.orders}）少于客户数（${p.customers}）。本周期内下过单的每位客户至少有一笔订单，因此只有当客户数包含了没有下单的人（例如您的全部客户名单）时才会出现这种情况。通常的定义只统计下过单的客户。`,
		notes: [
			'测得的频率只属于它所在的周期：一年的频率并不是一个月频率的十二倍，因为一年中下单的不同客户更多。',
			'f 是简易 CLV 公式（CLV = AOV × f × t）的第二个因子；在该公式中，f 和 t 要使用同一周期。'
		]
	},

	repeat: {
		title: '复购率',
		description: '下单超过一次的客户占比（Metrilo 称之为“留存率”）。',
		fields: {
			r: { label: '有 2 笔及以上订单的客户', hint: '在该时间段内至少下单两次的客户。' },
			c: { label: '全部客户', hint: '在同一时间段内下过单的每一位客户。' }
		},
		examples: { textbook: '载入教科书示例' },
		result: '复购率',
		oneTime: '一次性购买者',
		formula: '复购率 = 有 2 笔及以上订单的客户数 / 客户数 × 100',
		noCustomers: '客户数为 0 时不存在复购率：公式会除以零。请至少输入一位客户。',
		repeatersExceedCustomers: (p: { repeaters: string; customers: string }) =>
			`复购客户数（${p.repeaters}）多于客户数（${p.customers}）：复购客户是全部客户的一部分。请检查两个数字是否覆盖相同的客户和时间段。`,
		notes: [
			`这正是 Metrilo 以“留存率”为名发布的指标。${names['001']}引用的 Metrilo 电商平均值 28% 是复购率，而不是 CRR：请拿同类指标比较。`,
			'时间段越长，复购率越高：时间越长，就有越多客户有机会下第二单。'
		]
	},

	clvSimple: {
		title: '客户终身价值（AOV × 频率 × 生命周期）',
		description: 'CLV = AOV × 购买频率 × 生命周期，可选择计入毛利率。',
		fields: {
			a: { label: '平均订单价值（AOV）', hint: '每笔订单的收入。' },
			f: { label: '购买频率（f）', hint: '每位客户每个周期的订单数。' },
			t: { label: '客户生命周期（t）', hint: `客户会停留多少个周期；据${names['004']}，通常为 1 到 3 年。` },
			g: { label: '毛利率（%）', hint: '把收入换算为毛利。' }
		},
		period: 'f 和 t 的周期',
		examples: { textbook: '载入教科书示例' },
		result: '客户终身价值（收入）',
		customerValue: (p: { period: string }) => `客户价值（CV，${p.period}）`,
		grossProfit: '客户终身价值（毛利）',
		formulaCv: 'CV = AOV × f',
		formulaClv: 'CLV = CV × t',
		formulaProfit: '以毛利计的 CLV = CLV × 毛利率',
		lifetimeAboveUsual: (p: { lifetime: string }) =>
			`生命周期为 ${p.lifetime}，超过了${names['004']}所说的通常 1 到 3 年。请核对，例如使用预期客户生命周期计算器（t = 1 / 流失率）。`,
		notes: [
			`${names['004']}给出的公式：CLV = CV × t，其中 CV = AOV × f。f 和 t 必须使用同一周期：每年订单数配年数，每月订单数配月数。`,
			'不折现，也不考虑流失规律：这只是一个快速估算的收入数字。“客户终身价值（留存率与毛利）”计算器会对未来毛利进行折现。',
			'计入毛利率后，CLV 以利润而非收入计：这才是应与获客成本相比较的数字（LTV:CAC）。'
		]
	},

	clvRetention: {
		title: '客户终身价值（留存率与毛利）',
		description: '由毛利、留存率和折现率计算 CLV = m × r / (1 + d − r)，可选择减去 CAC。',
		fields: {
			m: { label: '每位客户每个周期的毛利（m）', hint: '一位留存客户每个周期带来的毛利。' },
			r: { label: '每个周期的留存率（r，%）', hint: '从一个周期留到下一个周期的客户占比。' },
			d: { label: '年折现率（%）', hint: '您的资本成本，例如 10；会换算到所选周期。' },
			k: { label: '获客成本（CAC）', hint: '只扣除一次，用来看一位新客户值多少。' }
		},
		period: 'm 和 r 的周期',
		examples: { textbook: '载入教科书示例' },
		result: '客户终身价值（留存率与毛利）',
		afterCac: '扣除获客成本后的终身价值（CLV − CAC）',
		multiple: '毛利倍数 r / (1 + d − r)',
		discountPerPeriod: (p: { period: string }) => `${p.period}折现率`,
		discountLead: (p: { period: string }) => `将年折现率换算为每${p.period}的折现率：`,
		discountYearly: '折现率本身已按年计：',
		formulaDiscount: (p: { k: string }) => `d = (1 + 年折现率)^(1/${p.k}) − 1`,
		formula: 'CLV = m × r / (1 + d − r)',
		formulaAfterCac: 'CLV − CAC',
		diverges:
			'留存率为 100% 且折现率为 0% 时，公式会除以零（1 + d − r = 0）：一位永不离开、未来收入又全额计值的客户，其价值将是无限的。请输入低于 100% 的留存率或高于 0 的折现率。',
		retentionAsFraction: (p: { typed: string; meant: string }) =>
			`留存率 ${p.typed} 意味着几乎没有客户能从一个周期留到下一个周期：您是否想输入 ${p.meant}？请输入百分数本身（80% 输入 80），而不是小数（0.8）。`,
		costsMoreThanWorth: (p: { clv: string; cac: string }) =>
			`获客成本（${p.cac}）高于客户终身价值（${p.clv}）：以此成本获得的每位客户都会带来亏损。`,
		notes: [
			'该公式（Gupta & Lehmann, 2003）把未来每个周期的毛利相加，按客户仍然在的概率加权（r、r²、r³……），并进行折现（除以 1 + d、(1 + d)²……）：CLV = Σ m × rᵗ / (1 + d)ᵗ，t = 1, 2, …。它假设毛利和留存率恒定，且没有终止日期。',
			'不包括当前周期的毛利（求和从 t = 1 开始）：对于刚刚购买过的客户，请再加上 m。',
			'm、r 和 d 必须使用同一周期。折现率按年给出，并按复利换算：每年 10% 相当于每月 (1.1)^(1/12) − 1 = 0.797%，而不是 10% / 12。',
			'r / (1 + d − r) 是毛利倍数：一位客户在今天相当于多少个周期的毛利。'
		]
	},

	ltvCac: {
		title: 'LTV:CAC 比率与 CAC 回收期',
		description: '客户价值是获客成本的多少倍，以及需要多少个月才能收回这笔成本。',
		fields: {
			l: { label: '客户终身价值（LTV）', hint: '最好以毛利计，例如取自某个 CLV 计算器。' },
			c: { label: '获客成本（CAC）', hint: '每位新客户的营销和销售支出。' },
			m: { label: '每位客户的月收入', hint: '用于计算回收期。' },
			g: { label: '毛利率（%）', hint: '用于计算回收期。' }
		},
		examples: { textbook: '载入教科书示例' },
		result: 'LTV:CAC',
		payback: 'CAC 回收期',
		formula: 'LTV:CAC = LTV / CAC',
		formulaPayback: '回收期 = CAC / (月收入 × 毛利率)',
		paybackNeedsBoth: '请同时输入每位客户的月收入和毛利率，以查看回收期。',
		loss: '低于 1 : 1：获得每位客户的成本都高于其价值。',
		below: '低于 3 : 1 的经验法则。',
		meets: '达到或高于 3 : 1 的经验法则。',
		cacZero:
			'CAC 为 0 会使比率无限大：相当于每位客户都是免费得来的。请输入获得一位客户的实际支出（广告、折扣、销售时间），哪怕很少。',
		noMonthlyMargin: '每位客户每月没有毛利（收入 × 毛利率 = 0）时，获客成本永远无法收回。',
		notes: [
			'3 : 1 是来自订阅业务的经验法则，而不是定律：合适的比率取决于您的利润、现金和增长计划；比率过高也可能说明您在获客上投入太少。',
			'LTV 请使用毛利而不是收入，这样比率比较的才是赚到的钱与花掉的钱。',
			'回收期计算的是收回获客成本需要多少个月的毛利，不考虑期间的流失。'
		]
	},

	nps: {
		title: '净推荐值（NPS）',
		description: '推荐者（9–10 分）占比 − 贬损者（0–6 分）占比，根据问卷回答计算。',
		fields: {
			pro: { label: '推荐者（9–10 分）', hint: '打 9 分或 10 分的回答数。' },
			pas: { label: '中立者（7–8 分）', hint: '打 7 分或 8 分的回答数。' },
			det: { label: '贬损者（0–6 分）', hint: '打 0 到 6 分的回答数。' }
		},
		examples: { textbook: '载入教科书示例' },
		result: '净推荐值',
		responses: '回答数',
		promoters: '推荐者',
		passives: '中立者',
		detractors: '贬损者',
		formula: 'NPS = 推荐者 % − 贬损者 %',
		noResponses: '没有任何回答：三个数字都是 0。请输入问卷结果。',
		notes: [
			'标准 NPS（Reichheld, 2003）的问题是“您有多大可能向朋友或同事推荐我们？”，按 0 到 10 分打分：9–10 分为推荐者，7–8 分为中立者，0–6 分为贬损者。它的取值范围是 −100 到 +100，是一个分数，而不是百分比。',
			`${names['002']}描述的是 1 到 10 分的量表，打“5 分及以上”的客户即为推荐者。这并不是 NPS 的定义，会把许多中立者和贬损者算作推荐者；本计算器采用标准定义。`,
			'中立者计入总数，但不属于任何一组，因此把一位中立者转变为推荐者就会提高分数。'
		]
	}
};

export default calculators;
