import type en from '../en/data';
import type { Catalogue } from '../messages';

/** “数据”部分的文字：导入订单、校验报告、数据集管理。 */

const data: Catalogue<typeof en> = {
	title: '您的数据',
	intro: '导入从您的网店导出的订单文件。文件在此浏览器中读取和分析，也只保存在这里（IndexedDB）：不会上传任何内容。',
	import: {
		heading: '导入订单',
		dropHere: '将 CSV 文件拖放到这里',
		or: '或',
		choose: '选择文件……',
		formats:
			'支持 Shopify 和 WooCommerce 订单导出文件、UCI Online Retail、CDNOW 格式文件、按客户汇总的文件（频次、最近购买间隔、T、消费金额），以及任何包含客户、日期和金额的 CSV 文件。多个文件（例如每月的导出文件）合并为一个数据集。',
		inspecting: '正在读取文件开头……',
		reviewHeading: '检查文件的读取方式',
		reviewHelp: '以下内容均为自动识别。请更正有误之处，然后导入。',
		chosenTwice: (p) =>
			`${p.file} 与 ${p.of} 是同一个文件（${p.by === 'rows' ? '行完全相同' : '名称、大小和日期相同'}）：它被选择了两次，其订单只读取一次，报告会说明第二份是如何被略过的。不会有任何内容被重复计算。`,
		mixedKinds: (p) =>
			`这些文件是不同类型的导出（${p.kinds}）。一起导入后，它们会成为一个数据集，按一家店铺、一种货币的订单读取。如果它们来自不同的店铺或使用不同的货币，请分别导入。`,
		kindFiles: (p) => `${p.kind}：${p.files}`,
		kindsSeparator: '；',
		noOrderIdFiles: (p) =>
			`${p.files} 没有订单 ID 列：文件之间的重复只能按内容识别。选择两次的文件只读取一次；较晚文件中所有已读取列都与较早文件某行相同的行，将作为同一订单跳过；报告会说明数量。`,
		sameRows: (p) => `${p.file} 的数据行与数据集 ${p.dataset}（导入于 ${p.date}）相同。`,
		sameRowsOf: (p) =>
			`${p.file} 的数据行与 ${p.stored} 相同，后者是数据集 ${p.dataset}（导入于 ${p.date}）的一个文件。`,
		sameFile: (p) =>
			`${p.file} 的名称、大小和修改日期与 ${p.stored} 相同，后者于 ${p.date} 导入数据集 ${p.dataset}。`,
		storedCopyChoice:
			'仍然导入会在已保存的数据集旁再添加一个数据集（不会替换或追加到任何数据集）：选择列表会为同名数据集编号，两者的数字将统计相同的订单。',
		openStored: (p) => `打开 ${p.name}`,
		importAnyway: '仍然导入',
		name: '数据集名称',
		start: '导入',
		defaultName: '订单',
		startOver: '选择其他文件',
		startBlocked: (p) =>
			`选择所有必需的列之前无法导入：请在“${p.file}”中为以下项选择列：${p.roles}（见上方“列”）。`,
		startBlockedDates: (p) =>
			`无法导入：“${p.file}”的“${p.column}”列中没有任何可读取的日期（例如“${p.value}”）。请选择包含订单日期的列（见上方“列”）。`,
		leftOutIntro: '以下文件无法导入，已被排除：',
		readyFiles: (p) => `可以导入：${p.files}。导入将只读取这些文件，不含上述文件；也可以选择其他文件。`,
		importing: '正在导入……',
		storing: '正在保存数据集……',
		progressLabel: '导入进度',
		progress: (p) => `已读取 ${p.rows} 行 · ${p.percent} · 每秒 ${p.rate} 行`,
		saving: (p) => `已保存 ${p.total} 个订单中的 ${p.stored} 个 · ${p.percent}`,
		cancel: '取消导入',
		cancelled: '已取消导入。没有保存任何内容，您的其他数据集保持不变。',
		doneHeading: (p) => `已导入“${p.name}”`,
		doneTime: (p) => `读取并保存用时 ${p.seconds} 秒。`,
		analyse: '分析此数据集',
		another: '导入其他文件',
		errorHeading: '无法导入此文件',
		untouched: '没有保存任何内容；您现有的数据集保持不变。',
		fileLabel: (p) => `文件 ${p.index}：${p.name}`,
		persistDenied:
			'存储空间不足时，浏览器可能会清除已存储的数据（它没有授予持久存储权限）。如果这些数据很重要，请保留一份备份。',
		deletedSince: (p) =>
			`“${p.name}”已保存，随后在另一个标签页中与本应用的全部数据一起被删除。请重新加载页面后再导入。`
	},
	review: {
		format: '识别出的格式：',
		encoding: '文本编码',
		delimiter: '分隔符',
		decimal: '小数分隔符',
		dateOrder: '日期',
		currencyChoice: '要导入的订单',
		currencyAll: '全部，所有货币（未经换算直接相加）',
		currencyOnly: (p) => `仅 ${p.currency} 的订单`,
		currenciesSampled: (p) =>
			`抽样的行中有多种货币的订单（${p.counts} 行）。金额从不换算，因此全部相加得到的数字不属于任何一种货币：请只导入一种货币的订单，使数字以该货币表示；如需另一种货币，请再次导入该文件（两个数据集可以对比）。`,
		dateDecided: (p) => `根据数据确定：“${p.value}”（第 ${p.row} 行）只能这样读取`,
		dateDecidedNoRow: (p) => `根据数据确定：“${p.value}”只能这样读取`,
		dateAmbiguous: '样本中没有任何日期能区分日和月：请检查。',
		dateByLayout: (p) => `根据格式确定：${p.layout}的日期总是月份在前（MM/DD/YY）`,
		datesUnreadable: (p) =>
			`“${p.column}”列的样本中没有任何可读取的日期：“${p.value}”（第 ${p.row} 行）和该列其他所有值一样都不是日期，因此所有行都将被跳过。请在下方“列”中选择包含订单日期的列。`,
		paymentLedger:
			'PayPal 交易记录下载：每笔收到的付款是一笔订单，付款人即客户。退款、撤销或拒付从其所指的付款中扣除（拒付被撤销则金额退回）。其他行不计入，并在报告中计数：转账、货币兑换、提现、冻结、费用、您付出的款项以及未完成的付款。',
		numericDates: (p) =>
			`日期以数字写成，按${p.kind}读取：“${p.value}”（第 ${p.row} 行）即 ${p.day}。如果这不是订单日期，请选择另一个日期列。`,
		dateConflicting: (p) =>
			`日期互相矛盾：“${p.value}”（第 ${p.row} 行）只能是${p.order}，而“${p.otherValue}”（第 ${p.otherRow} 行）只能是${p.otherOrder}。日期按${p.order}读取；只符合另一种顺序的日期将被跳过。请选择文件中多数日期使用的顺序。`,
		headerRow: '表头行',
		headerRowOption: (p) => `第 ${p.row} 行：${p.text}`,
		headerRowFound: (p) =>
			`第 ${p.row} 行之上的行看起来是标题，而不是表格的一部分：第 ${p.row} 行被读作表头。如有错误，请选择其他行。`,
		notUtf8: (p) =>
			`此文件不是有效的 UTF-8（首次出现在第 ${p.row} 行：“${p.value}”），因此按 ${p.encoding} 读取。如果预览中的文字看起来不对，请选择其他编码。`,
		notUtf8NoRow: (p) =>
			`此文件不是有效的 UTF-8，因此按 ${p.encoding} 读取。如果预览中的文字看起来不对，请选择其他编码。`,
		duplicateColumn: (p) => `${p.name}（第 ${p.column} 列）`,
		duplicateColumns: (p) => `有 ${p.count} 列名为“${p.name}”（第 ${p.columns} 列）。`,
		duplicateUsed: (p) => `第 ${p.column} 列被用作“${p.role}”；如果不是这一列，请在列清单中选择其他列。`,
		duplicateUnused: '其中没有一列被使用。',
		mixedDecimals: (p) => `金额同时使用了两种小数分隔符：小数点（${p.point}）和小数逗号（${p.comma}）。`,
		mixedDecimalsEither:
			'每个金额按其自身的分隔符读取：1.234,56 和 1,234.56 都是 1234.56。有两种读法的金额（如 1,234：1234 或 1.234）不计入，并列在“跳过的行”中。',
		mixedDecimalsOne:
			'如果只选一种小数分隔符，以另一种方式书写的金额会被当作非数字跳过：请在上方选择“两者”，按原样读取每个金额。',
		customersByName: (p) =>
			`客户列“${p.column}”是人名：客户只按姓名区分，同名的两个人会被算作一个客户。仅大小写或空格不同的姓名也算作同一客户。如果文件中有邮箱、客户编号或电话列，请改选该列作为客户。`,
		dateNotNeeded: '年份在前：没有歧义。',
		amountMode: '订单金额',
		amountTotal: '每笔订单一个总额',
		amountLines: '数量 × 单价，按订单汇总',
		amountRowSums: '每行的金额，按订单汇总',
		itemAmountRole: '商品金额',
		itemAmountRows: (p) =>
			`第 ${p.first} 行和第 ${p.second} 行属于同一订单，但金额不同（${p.firstValue} 和 ${p.secondValue}）：每行按一件商品读取，其金额计入订单金额。如果每行重复的是订单总额，请选择“每笔订单一个总额”。`,
		summaryUnit: '最近购买间隔和 T 的时间单位',
		mapping: '列',
		notMapped: '— 此文件中没有 —',
		required: '（必填）',
		missing: (p) => `请为以下项选择一列：${p.roles}。`,
		preview: '前几行',
		previewCaption: (p) => `${p.name} 的前 ${p.rows} 行；已映射的列带有标记。`,
		previewMarkup:
			'以网页标记（HTML，部分 WooCommerce 导出如此）写成的金额按读取方式显示：只取其文字，不含划掉的（已退款）价格和税费说明。',
		header: '第一行是标题行'
	},
	paymentLedgerFormat: 'PayPal 活动下载（账户流水）',
	layouts: {
		shopify: 'Shopify 订单导出',
		woocommerce: 'WooCommerce 订单导出',
		uci: 'UCI Online Retail（订单明细行）',
		cdnow: 'CDNOW 格式交易记录',
		summary: '按客户汇总',
		mollie: 'Mollie 付款导出',
		paddle: 'Paddle 交易报表',
		magento: 'Magento 订单导出',
		stripe: 'Stripe 付款导出',
		etsy: 'Etsy 订单下载',
		generic: '通用 CSV'
	},
	encodings: {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16（小端序）',
		'utf-16be': 'UTF-16（大端序）',
		'windows-1251': 'Windows-1251（西里尔文）',
		'koi8-r': 'KOI8-R（西里尔文）',
		'windows-1257': 'Windows-1257（波罗的海语言）',
		'windows-1252': 'Windows-1252（西欧语言）',
		'windows-1250': 'Windows-1250（中欧语言）',
		gb18030: 'GB18030 / GBK（中文）',
		big5: 'Big5（繁体中文）'
	},
	delimiters: {
		comma: '逗号 (,)',
		semicolon: '分号 (;)',
		tab: '制表符',
		pipe: '竖线 (|)',
		whitespace: '空格（列对齐）'
	},
	decimals: { point: '点：1,234.56', comma: '逗号：1.234,56', either: '两者：每个金额按原样读取' },
	dateOrders: { ymd: '年-月-日', dmy: '日/月/年', mdy: '月/日/年' },
	numericDateKinds: {
		excelSerial: 'Excel 日期序号',
		unixSeconds: 'Unix 时间（秒，UTC）',
		unixMillis: 'Unix 时间（毫秒，UTC）'
	},
	units: { days: '天', weeks: '周', months: '月' },
	roles: {
		customer: '客户（ID 或电子邮件）',
		customerEmail: '客户邮箱（客户编号为空或为访客编号时使用）',
		customerPhone: '客户电话（无编号和邮箱时使用）',
		date: '订单日期',
		time: '时间（日期中没有时）',
		timeZone: '该时间的时区',
		amount: '订单总额',
		quantity: '数量',
		unitPrice: '单价',
		orderId: '订单 ID',
		status: '状态',
		paymentStatus: '付款状态',
		cancelledAt: '取消时间',
		refundedAmount: '退款金额',
		refundedInFull: '是否全额退款（是/否）',
		adjustedTotal: '退款后的订单总额',
		subtotal: '小计（不含税费和运费）',
		tax: '税费',
		shipping: '运费',
		shippingDiscount: '运费折扣',
		discount: '折扣',
		currency: '货币',
		product: '商品',
		sku: 'SKU（明细行的商品编码）',
		lineType: '行类型（商品、折扣、运费或手续费）',
		category: '品类',
		channel: '渠道 / 来源',
		country: '国家/地区',
		discountCode: '优惠码（优惠券代码）',
		fullName: '客户全名',
		firstName: '客户名字',
		lastName: '客户姓氏',
		unitCost: '单位商品成本',
		lineCost: '每行商品成本（行合计）',
		orderCost: '每单商品成本',
		marketingConsent: '同意接收营销邮件（是/否）',
		frequency: '频次（重复购买次数）',
		recency: '最近购买间隔（首次到最后一次购买）',
		age: 'T（首次购买到观察期结束）',
		monetary: '消费金额（重复购买的平均金额）'
	},
	errors: {
		emptyFile: (p) => `${p.name ? `“${p.name}”` : '该文件'}是空的：没有任何行。`,
		binaryFile: (p) =>
			({
				xlsx: `“${p.name}”是 Excel 工作簿（.xlsx），不是 CSV 文本文件。请在 Excel 中选择“文件 › 另存为 › CSV (UTF-8)”，然后导入另存的文件。`,
				xls: `“${p.name}”是旧版 Excel 工作簿（.xls），不是 CSV 文本文件。请将其另存为 CSV (UTF-8) 并导入该文件。`,
				pdf: `“${p.name}”是 PDF 文档，不是 CSV 文件。请改为从网店以 CSV 格式导出订单。`,
				image: `“${p.name}”是图片，不是 CSV 文件。`,
				gzip: `“${p.name}”是压缩文件（gzip）。请先解压，然后导入其中的 CSV 文件。`,
				zip: `“${p.name}”是 ZIP 压缩包。请先解压，然后导入其中的 CSV 文件。`,
				ods: `“${p.name}”是 OpenDocument 电子表格（.ods），不是 CSV 文本文件。请在 LibreOffice 中选择“文件 › 另存为 › 文本 CSV (UTF-8)”，然后导入另存的文件。`,
				sqlite: `“${p.name}”是数据库文件，不是 CSV 导出文件。`,
				rtf: `“${p.name}”是文字处理文档（RTF），不是 CSV 文件。`
			})[p.kind] ?? `“${p.name}”不是文本文件（其中含有二进制数据）。请以 CSV 格式导出订单后重试。`,
		notCsv: (p) =>
			({
				html: `“${p.name}”是网页（HTML），不是 CSV 导出文件。可能下载时保存的是登录页或错误页：请重新下载导出文件。`,
				htmlTable: `“${p.name}”是网页表格（HTML），有些商店系统会把它存成“Excel”文件。请用 Excel、LibreOffice 或 Google 表格打开，另存为 CSV，再添加该文件。`,
				spreadsheetXml: `“${p.name}”是以 XML 格式保存的 Excel 表格（Excel 2003 XML），不是 CSV。请用 Excel 或 LibreOffice 打开，另存为 CSV，再添加该文件。`,
				sql: `“${p.name}”是数据库转储（SQL 语句），不是 CSV 导出文件。请从商店后台导出 CSV 格式的订单，或从数据库导出（phpMyAdmin：订单表 → 导出 → CSV）。`,
				json: `“${p.name}”是 JSON 文件，不是 CSV。请以 CSV 格式导出订单。`,
				xml: `“${p.name}”是 XML 文件，不是 CSV。请以 CSV 格式导出订单。`
			})[p.kind] ?? `“${p.name}”不是 CSV 文件。`,
		otherExport: (p) =>
			({
				customers: `${p.name} 是客户列表（每位客户一行，含消费总额和订单数），不是订单导出。它没有订单日期，而留存、同期群和 CLV 都要按订单日期计算。请改为导出订单：Shopify 中为“订单 → 导出 → 所有订单”，WooCommerce 中为“分析 → 订单 → 下载”。`,
				payouts: `${p.name} 是支付交易或打款列表（Shopify Payments、Stripe），不是订单导出。它没有客户，而留存、同期群和 CLV 都按客户计算。请改为导出订单：Shopify 中为“订单 → 导出 → 所有订单”，Stripe 中为“付款 → 导出”，并包含客户邮箱。`,
				products: `${p.name} 是商品列表，不是订单导出。请改为导出订单：Shopify 中为“订单 → 导出 → 所有订单”，WooCommerce 中为“分析 → 订单 → 下载”。`
			})[p.kind] ?? `${p.name} 不是订单导出。`,
		headerOnly: (p) => `${p.name ? `“${p.name}”` : '该文件'}只有标题行，没有数据行。`,
		singleColumn: (p) =>
			`在“${p.name}”中只找到一列：各行没有用逗号、分号、制表符或竖线分隔。第一行：“${p.firstLine}”。如果它使用了其他分隔符，请重新导出为标准 CSV。`,
		tooManyColumns: (p) =>
			`${p.name ? `“${p.name}”` : '该文件'}的第 ${p.row} 行有 ${p.columns} 列；订单导出文件最多只有几百列（上限 ${p.max}）。该文件可能不是订单表，或者其换行符已丢失。`,
		lineTooLong: (p) =>
			`${p.name ? `“${p.name}”` : '该文件'}的第 ${p.row} 行长度超过 ${p.limitText}：找不到换行符。这不是订单表，或者其换行符已丢失。`,
		mostlyQuotes: (p) =>
			`${p.name ? `“${p.name}”` : '该文件'}不是 CSV 表格：其 ${p.chars} 个字符中有 ${p.quotes} 个是引号（"），因此无法从中读取任何行或列。如果某个带引号的值没有闭合，请修正那一行；否则请重新将订单导出为 CSV。`,
		unclosedQuote: (p) =>
			`${p.name ? `“${p.name}”` : '该文件'}第 ${p.row} 行中以引号开始的字段始终没有闭合，文件的其余部分将被读成一个值。请检查该行是否有多余的引号（"）。`,
		unclosedQuoteCutOff: (p) =>
			`${p.name ? `“${p.name}”` : '该文件'}在一个带引号的字段中间结束：第 ${p.row} 行（文本编辑器中的第 ${p.line} 行）开始的引号（"）始终没有闭合。文件似乎不完整，可能是下载或复制未完成：请重新导出并选择新文件。如果文件是完整的，请检查第 ${p.line} 行是否有多余的引号。`,
		missingColumns: (p) => `找不到以下各项对应的列：${p.roles}。请在列清单中选择，或检查这是否是订单导出文件。`,
		noDates: (p) =>
			`${p.rows} 行中没有任何一行的日期可以读取（例如第 ${p.row} 行中的“${p.value}”）。请检查是否选择了正确的列作为订单日期。`,
		noOrders: (p) => `从 ${p.rows} 行中没有保留下任何订单。${p.detail}`,
		undecodable: (p) => `无法将“${p.name}”按 ${p.encoding} 文本读取。请手动选择其编码，或将其重新保存为 UTF-8。`,
		readFailed: (p) => `无法读取${p.name ? `“${p.name}”` : '该文件'}。它可能在读取过程中被移动、删除或修改了。`,
		quotaExceeded: '浏览器已没有存储空间可供本网站使用。请删除不再需要的数据集（或释放磁盘空间），然后重新导入。',
		/** A worker file of this version is gone: a new version was deployed. */
		appUpdated: () => 'Retention Lab 已更新——请重新加载页面。',
		storageFailed: (p) => `无法将数据集保存到此浏览器${p.detail ? `（${p.detail}）` : ''}。`,
		databaseClosed:
			'在保存本次导入时，本应用存储的数据已在另一个标签页中被删除或被更新版本更改，因此本次导入未保存任何内容。请重新加载页面，然后再次导入。',
		tooManyFiles: '一次最多选择 50 个文件。',
		layoutMismatch: '订单文件和按客户汇总的文件不能合并为一个数据集：请分别导入。',
		noOrdersCancelled: (p) => `全部 ${p.count} 笔订单都已取消、已退款或未付款。`,
		noOrdersShippingKept: (p) =>
			`其中 ${p.count} 笔订单按文件只是部分退款：商品连同税费已全部退款、只保留运费，因此按全额退款计算。`,
		noOrdersOtherCurrencies: (p) =>
			`按审核时的选择排除的 ${p.currency} 以外货币的订单：${p.count} 笔。请选择全部货币或另一种货币后重新导入。`,
		noOrdersTest: (p) =>
			`${p.count} 笔是 Shopify 测试订单（通过其测试支付网关“Bogus Gateway”下单，或带有“test”标签）：它们不是销售。`,
		noOrdersApartOnly: (p) => `${p.count} 张发票或订单只有邮费、运费、手续费或税费，没有任何商品：它们不是购买。`,
		noOrdersCreditNotes: (p) => `读取了 ${p.count} 张贷项通知单（退货），但贷项通知单不是购买。`,
		noOrdersReasons: (p) => `各行被跳过的原因：${p.reasons}。`,
		reasonCount: (p) => `${p.reason}（${p.count}）`
	},
	skip: {
		tooFewFields: '该行字段太少',
		textLine: '一行文字，不是订单（只填了一个单元格）',
		totalsRow: '合计行，不是订单',
		missingCustomer: '没有客户',
		unusablePhone: '电话号码无法确定客户：占位号码（如 13800000000）、为保护隐私而隐藏的数字，或位数太少',
		guestCustomer: '访客结账：其客户 ID（如“0”）为所有访客共用，且没有电子邮件或电话列可区分访客',
		notPayment: '不是收到的付款或退款（转账、货币兑换、提现、冻结、费用、付出的款项或未完成的付款）',
		chargebackReversed: '拒付及其撤销（款项已退回：销售仍然有效）',
		chargebackNotFound: '拒付撤销，但文件中没有对应的拒付（在更早的下载中）：未曾扣除，故无需退回',
		missingDate: '没有日期',
		repeatedHeader: '再次出现的表头行（多个文件首尾相接合并而成）',
		invalidDate: '日期无法读取',
		dateOutOfRange: '日期超出可接受范围（1990 年 1 月 1 日至明天）',
		otherDateOrder: '日和月只能按与本文件读取顺序相反的顺序读取',
		missingAmount: '没有金额',
		invalidAmount: '金额不是数字',
		ambiguousAmount: '金额有两种读法（该列同时使用两种小数分隔符，1,234 可能是 1234 也可能是 1.234）',
		amountOutOfRange: '金额超过 1,000,000,000',
		nonPositiveQuantity: '数量为零或负数',
		negativePrice: '单价为负数',
		refundWithoutOrder: '退货之前没有该客户的订单',
		refundOfPaymentLeftOut: '对已排除的付款的退款（其状态为已退款、未付款或已取消）：无需再扣除',
		invalidSummaryValue: 'frequency、recency 或 T 不是有效数字',
		recencyAfterAge: 'recency 大于 T'
	},
	report: {
		heading: '导入报告',
		leftOut: (p) => `“${p.name}”未包含在此数据集中：该文件无法导入。${p.reason}`,
		rowsRead: '读取的行数',
		ordersKept: '保留的订单数',
		customers: '客户数',
		dateRange: '日期范围',
		currency: '货币',
		currencyUnknown: '文件中未注明（使用您的设置）',
		currencyFromMarks: (p) => `${p.code}（根据金额中的货币符号判断）`,
		amountMixed: (p) => `${p.amount}（多种货币混合）`,
		currencyMixed: (p) => `${p.codes}（混合，未换算）`,
		lineItems: '订单的其他明细行',
		blankRows: '忽略的空行',
		skippedHeading: '跳过的行',
		noneSkipped: '没有跳过任何行。',
		customerlessSales: (p) =>
			`没有客户的行（${p.columns ? `${p.columns}${p.unusable ? '为空或无法使用' : '为空'}` : '客户列为空'}：匿名销售或访客）共有 ${p.amount} 的销售额。各项指标不包括这些行：指标针对的是客户，而未写明任何人的销售无法与其他客户的销售区分开。`,
		guestSales: (p) =>
			`其中 ${p.amount} 是访客结账的销售额（客户 ID 为所有访客共用的行，如“0”）：每位访客都被排除，而不是把所有访客的订单算作一位客户。`,
		reason: '原因',
		count: '行数',
		examples: '最先出现的行',
		treatmentHeading: '取消、退款和重复',
		cancelled: '已取消、已作废或失败的订单（不算购买）',
		otherCurrencies: (p) =>
			`${p.currency} 以外货币的订单：按审核时的选择整单排除（金额从不换算；如需查看，请再次导入该文件）`,
		testOrders: (p) =>
			`测试订单（通过 Shopify 的测试支付网关“Bogus Gateway”下单，或带有“test”标签）：不是销售，不计入（未计入 ${p.amount} 的销售额）`,
		linesNoSale: '在仍然有效的订单中被取消或退回的商品（不计入该订单）',
		creditNotesNetted:
			'贷项通知单（以 C 开头的发票），已冲抵该客户最近一张仍有足够数量这些商品且剩余金额足够的更早发票（否则冲抵最近一张含有这些商品且剩余金额足够的发票；再否则冲抵最近一张剩余金额足够的发票；最后冲抵最近一笔尚有剩余金额的更早订单）',
		creditNotesWithoutOrder: '该客户没有尚有剩余金额的更早订单的贷项通知单（单独计数，未扣除）',
		unpaid: '未付款订单：等待付款或款项未扣取（不算购买）',
		awaitingPayment: (p) =>
			`付款尚未完成的订单（待付款、已授权、部分付款或保留），销售额 ${p.amount}：计为销售，与 Shopify 和 WooCommerce 自己的报告一致，因为客户已下单，店铺会在履约时收款。如不想计入，请从文件中筛除这些订单后重新导入。`,
		fullyRefunded: '全额退款的订单（不算购买）',
		fullyRefundedShippingKept: (p) =>
			`全额退款的订单（不算购买）。其中 ${p.count} 笔订单按文件只是部分退款（${p.examples}）：商品连同税费已全部退款、只保留运费的订单，按全额退款计算。`,
		partlyRefunded: '部分退款的订单（按净额保留）',
		refundedAmount: (p: { column: string }) =>
			`退款总额（含全额退款的订单${p.column ? `；部分退款取自文件的“${p.column}”列` : ''}）`,
		creditNotesNettedAmount: '已冲抵的贷项通知单金额',
		creditNotesWithoutOrderAmount: '没有更早订单的贷项通知单金额',
		returnsNetted: '以负数行记录的退货，已冲抵该客户之前的订单',
		duplicates: '重复订单（订单 ID 已出现过），已跳过',
		duplicatesNoOrderId: '重复订单：未按订单 ID 检查，因为文件中没有订单 ID 列',
		notChecked: '未检查',
		contentDuplicates:
			'在没有订单 ID 列的文件中，所有已读取列都与较早文件的某一行相同的行：同一订单被导出两次，已跳过（没有订单 ID 时，只能按内容识别重复）',
		fileSameAs: (p) => `未读取：与 ${p.name} 的行相同`,
		zeroValue: '总额为 0 的订单（已保留）',
		apartOnly: (p) =>
			`只有邮费、运费、手续费或税费而没有任何商品的发票或订单（其行的 StockCode 为 POST、DOT、C2、BANK CHARGES、AMAZONFEE 或 CRUK，或行类型列标为运费、手续费或税）：不计为订单（其 ${p.amount} 的邮费、手续费和税费不计为销售额，也不计入收入分项）`,
		apartOnlyCreditNotes: '仅退还这些邮费或手续费的贷项通知单，随之一并排除',
		filesHeading: '文件',
		fileRow: (p) => `${p.name}：${p.layout}，${p.encoding}，${p.delimiter}，${p.rows} 行`,
		datesRead: (p) => `日期按“${p.order}”读取`,
		numericDatesRead: (p) => `日期按“${p.kind}”读取`,
		rowRef: (p) => (p.file ? `${p.file} 第 ${p.row} 行` : `第 ${p.row} 行`),
		rowRefWithValue: (p) => `${p.ref}（${p.value}）`,
		warningsHeading: '请注意',
		breakdown: {
			heading: '收入明细',
			part: '项目',
			amount: '金额',
			grossSales: '总销售额（折扣、退款和退货之前）',
			grossSalesNoDiscounts: '退款和退货之前的销售额（文件未单列折扣：已扣除任何折扣）',
			discounts: '折扣',
			refunds: '退款（其中的销售部分）',
			refundShare:
				'部分退款按其销售部分计：退款 × 订单销售额 ÷ 订单总额。在 Shopify 和 WooCommerce 导出文件中，退款先抵扣商品及其税费、再抵扣运费，因此除以总额减去运费；金额恰好等于运费、或超过商品及其税费的退款，先抵扣运费。',
			returns: '退货和贷项通知单',
			total: (p: { name: string }) => `${p.name}（分析所用）`,
			totalAllOrders: (p: { name: string }) => `${p.name}（全部订单，而非所选范围）`,
			tax: '税费（不属于销售）',
			shipping: '运费（不属于销售）',
			fees: '支付及其他手续费（不属于销售）',
			totalCharged: '订单收费总额（退款之前）',
			returnsWithoutOrder: '没有更早订单的退货（未扣除）',
			source: (p) => `文件列“${p.name}”`,
			sources: (p) => `文件列${p.names}`,
			quoted: (p) => `“${p.name}”`,
			shippingLessDiscount: (p) => `${p.column}减去“${p.discount}”（共 ${p.amount}），订单总额已扣除该折扣`,
			discountsImplied: (p) => `“${p.subtotal}”高出总额（不含运费和税）的部分`,
			discountsNoColumn: (p) => `无折扣列：${p.rest}`,
			discountsBeside: (p) => `${p.column}，另加 ${p.implied}：${p.rest}`,
			basis: {
				netSales:
					'每笔订单按其净销售额计：小计（或总额减去税费和运费），扣除折扣后，再减去退款中的销售部分和退货。税费和运费不属于销售。',
				netSalesColumn: '每笔订单按文件自带的净销售额计，减去退货。',
				totalLessShipping:
					'每个订单按文件中的订单总额减去运费计算，再减去退款中的销售部分和退货。文件没有税费列，因此这些金额可能包含税费。',
				orderTotal:
					'每笔订单按文件中的订单总额计，减去退款和退货。文件中没有税费或运费列，因此这些总额可能包含它们。',
				lineItems:
					'每笔订单按其各行的数量 × 单价计（按文件给出的价格），减去退货（贷项通知单）。文件中没有税费或运费列。',
				lineTyped:
					'每笔订单按其商品行和折扣行金额之和计（每件商品一行），减去退款和退货。文件的行类型列标为运费、手续费或税费的行不属于销售，单独列出。',
				lineAmounts:
					'每笔订单按其各行金额之和计（每件商品一行），减去退款和退货。文件没有把这些金额拆分为税费和运费，因此其中可能包含税费和运费。',
				mixed: '这些文件的读取方式不同：有的给出净销售额，有的给出可能包含税费和运费的订单总额。'
			}
		},
		warnings: {
			mixedDecimals: (p) =>
				`金额同时使用了两种小数分隔符：小数点（${p.point}）和小数逗号（${p.comma}）；每个金额都按其自身的分隔符读取。`,
			mixedDecimalsAmbiguous: (p) =>
				`金额同时使用了两种小数分隔符：小数点（${p.point}）和小数逗号（${p.comma}）；每个金额都按其自身的分隔符读取，但其中 ${p.count} 个有两种读法（千位或小数，如 1,234），已跳过（见“跳过的行”）。`,
			mixedDecimalsOne: (p) =>
				`金额同时使用了两种小数分隔符：小数点（${p.point}）和小数逗号（${p.comma}）。该文件只选了一种分隔符，因此以另一种方式书写的金额被当作非数字跳过（见“跳过的行”）。`,
			mixedDateStyles: (p) => `日期有多种写法（${p.examples}）；全部已读取。`,
			mixedDateStylesUnread: (p) =>
				`日期有多种写法（${p.examples}）；其中 ${p.count} 个无法读取，已跳过（见“跳过的行”）。`,
			dateOrderConflicts: (p) =>
				`有 ${p.count} 个日期只能按相反顺序读取（例如 ${p.examples}）；它们已被跳过（见“跳过的行”）。`,
			orderIdReused: (p) =>
				`有 ${p.count} 笔订单与另一位客户的订单、或与相隔超过一天的订单使用了相同的订单号（共 ${p.ids} 个订单号，例如 ${p.examples}）。这样的行不是同一笔订单：每一行都按订单号和客户（以及日期）作为单独的订单读取。`,
			customerFromEmail: (p) =>
				`${p.count} 个订单没有客户编号，或使用访客下单的共用编号（如“0”）（${p.examples}）：改按“${p.column}”列中的邮箱区分客户，以免所有访客被计为同一位客户。`,
			customerFromPhone: (p) =>
				`${p.count} 个订单既没有客户编号也没有邮箱（${p.examples}）：改按“${p.column}”列中的电话号码区分客户，而不是跳过这些订单。`,
			phonesGivenCountry: (p) =>
				`${p.count} 个电话号码没有国家代码，已按 +${p.code} 的号码读取：文件中写有国家代码的 ${p.of} 个号码里，有 ${p.international} 个是这个代码。因此，号码以两种方式书写的客户算作同一位客户。如果店铺也向国外销售，请核对。`,
			phonesKeptApart: (p) =>
				`${p.count} 个电话号码没有国家代码，而文件没有说明它们属于哪个国家（没有国家列，其他号码也没有占多数的国家代码），或者它们不符合该国的号码格式：每个号码各算一位客户，即使文件在别处带国家代码写了同一号码，因此部分客户可能被重复计算。`,
			costPartial: (p) =>
				`有 ${p.count} 个订单的部分商品行在文件中没有商品成本（共 ${p.lines} 行，例如 ${p.examples}），其他行有成本：这些订单的商品成本只计入有成本的行，因此偏低，其毛利偏高。${p.orders} 个订单中有 ${p.complete} 个订单的每一行都有商品成本。`,
			guestsJoined: (p) =>
				`${p.count} 位访客下单的客户（${p.orders} 个订单）在“${p.column}”列中的邮箱与某位注册客户订单中的邮箱相同，已计为该注册客户：一次以访客身份下单、一次登录后下单的同一个人是一位客户，而不是两位。`,
			decimalCommaMended: (p) =>
				`有 ${p.count} 行的金额使用小数逗号且未加引号，因此被文件的逗号分成两列（整数部分和两位小数）：已将两部分重新合并，按一个金额读取（${p.examples}），其后的各列也回到原位。请检查这些行。`,
			refundAmountUnknown: (p) =>
				`有 ${p.count} 个订单的状态显示为部分退款（${p.examples}），但文件没有给出退款金额：这些订单按全额计入，因此收入以及基于收入的 CLV 和利润数据可能因这些退款而偏高。带有退款金额列（Shopify 的“Refunded Amount”）的导出文件会提供这些金额。`,
			thousandsMended: (p) =>
				`有 ${p.count} 行的金额带千位分隔符却未加引号，逗号把它拆成了几列：已重新合并（${p.examples}）。请检查这些行。`,
			widerRows: (p) =>
				`有 ${p.count} 行的列数多于表头（${p.examples}），可能是某个未加引号的值中含有分隔符：这些行的值可能错位。请检查这些行，或重新导出文件并给值加上引号。`,
			controlCharacters: (p) =>
				`已从 ${p.count} 行的编号和文字中删除控制字符（如 NUL）（例如 ${p.examples}），以免同一客户被计为两位。`,
			unpairedSkus: (p) =>
				`有 ${p.count} 行列出了多个商品，但 SKU 的个数与之不同（例如 ${p.examples}）。无法判断哪个 SKU 属于哪个商品，因此这些商品按名称计入，但没有 SKU（按 SKU 分组时，这样的首单归入“（无）”）。`,
			scientificIds: (p) =>
				`有 ${p.count} 行的客户或订单编号是科学计数法的数字，这是 Excel 显示和保存长数字的方式：${p.examples}。末尾几位已经丢失，只在这几位上不同的客户或订单会被算作一个。请从商店系统重新导出文件，不经 Excel 打开和保存直接添加（或把编号列按文本导入）。`,
			notUtf8: (p) => `文件不是有效的 UTF-8（首次出现于 ${p.examples}）；已按 ${p.encoding} 读取。`,
			notUtf8NoRow: (p) => `文件不是有效的 UTF-8；已按 ${p.encoding} 读取。`,
			headerRow: (p) => `第 ${p.row} 行之上的行作为标题被跳过；第 ${p.row} 行被读作表头。`,
			duplicateColumns: (p) =>
				`有 ${p.count} 列名为“${p.name}”（第 ${p.columns} 列）；第 ${p.column} 列被用作“${p.role}”。`,
			duplicateColumnsUnused: (p) =>
				`有 ${p.count} 列名为“${p.name}”（第 ${p.columns} 列）；其中没有一列被使用。`,
			dateOrderSwitched: (p) =>
				`日期起初按“${p.from}”读取，但“${p.value}”（第 ${p.row} 行）只能是“${p.to}”，因此已按该方式重新读取文件。`,
			unknownStatuses: (p) =>
				`有 ${p.count} 个订单的状态无法识别（${p.statuses}）；这些订单已按购买计入。如果某个状态表示订单未付款、已取消或已全额退款，请从文件中删除这些订单后重新导入。`,
			unknownStatusesMore: (p) => `另有 ${p.count} 种`,
			duplicateOutcomes: (p) =>
				`有 ${p.count} 个订单同时出现在两个文件中，一个文件中为购买，另一个文件中为已取消、未付款或已退款（${p.examples}）。每个订单按其后来的结果计入，无论哪个文件记载：已退款或已取消优先于已付款，已付款优先于未付款。`,
			fileNamesNoCurrency: (p) =>
				`“${p.file}”未注明币种（没有币种列，金额也不带货币符号或代码），而其他文件的币种为 ${p.currency}：其 ${p.orders} 个订单按 ${p.currency} 计入，未经换算。如果这些订单是其他币种，请将“${p.file}”单独导入为一个数据集。`,
			sameFile: (p) =>
				`“${p.file}”的行与“${p.sameAs}”相同（表头之后，逐字节相同），因此未读取：同一导出文件选择两次会把每个订单计算两次。这些文件没有可用来区分订单的订单 ID 列。`,
			contentDuplicates: (p) =>
				`较晚文件中有 ${p.count} 行在所有已读取列（客户、日期、金额及其他列）上都与较早文件的行相同（${p.examples}），已作为导出两次的同一订单跳过（导出范围重叠）。这些文件没有订单 ID 列，因此只能按内容识别重复：较早文件中出现一次的行只跳过一次。`,
			differingTotals: (p) =>
				`有 ${p.count} 个订单的后续行金额与该订单第一行不同（${p.examples}）；只计入了第一行的金额。如果每行是一件商品的金额（例如每件商品一行的报表），这些订单的实际金额高于计入的金额。如果是这样，请在“订单金额”中选择“每行的金额，按订单汇总”，然后重新导入文件。`,
			sharedCurrencyMark: (p) =>
				`有 ${p.count} 个金额带有“${p.mark}”符号，多种货币都使用该符号（${p.currencies}），而文件中没有货币列：各项数字按您设置中的货币显示。如果这些金额不是该货币，请在设置中更改（无需重新导入）。`,
			sharedCurrencyValue: (p) =>
				`有 ${p.count} 个订单的货币列为“${p.mark}”，多种货币都使用该符号（${p.currencies}），无法判断是哪一种：这些金额按您设置中的货币显示（如果文件标明了另一种货币，则按该货币显示）。如果这不是它们的货币，请在设置中更改（无需重新导入）。`,
			unreadCurrency: (p) =>
				`有 ${p.count} 个订单的货币列中的值不是本应用认识的货币（${p.examples}）：这些订单已保留，并按数据集的货币计算。如果这不是它们的货币，请修改文件后重新导入。`,
			severalCurrencies: (p) => `订单使用了多种货币（${p.counts}）；金额未经换算直接相加。`,
			fileCutOff: (p) =>
				`“${p.name}”在第 ${p.row} 行中间结束（文本编辑器中的第 ${p.line} 行），该行的列数少于表头。文件似乎不完整，可能是下载或复制未完成：此前的行均已读取。若要读取全部内容，请重新导出并添加新文件。`,
			fileCutOffCharacter: (p) =>
				`“${p.name}”在第 ${p.row} 行（文本编辑器中的第 ${p.line} 行）的一个字符中间结束。文件似乎不完整，可能是下载或复制未完成：此前的行均已读取。若要读取全部内容，请重新导出并添加新文件。`,
			malformedQuotes: (p) => `有 ${p.count} 行含有多余的引号（第一处：${p.examples}）；已按原样读取。`,
			negativeNetCustomers: (p) => `有 ${p.count} 位客户的退款大于其购买金额（净消费为负）。`
		},
		rules: '订单的计数方式：每个订单号和客户算一笔订单（各行商品金额相加；同一订单号但客户不同、或日期相隔两天及以上的行是另一笔订单）；文件中有税费或小计时，每笔订单按净销售额计，只有运费时按订单总额减运费计（可能包含税费）；已取消、已作废、失败和未付款的订单以及全额退款的订单不算购买，只有邮费、运费、手续费或税费而没有商品的订单也不算；部分退款的订单按净值计；同一订单中日期更晚的负数行是该订单的退款，被其冲减为零的销售视为全额退款；使用某注册客户订单中邮箱的访客订单计为该客户的订单；贷项通知单和以负数行记录的退货冲抵该客户最近一笔更早的订单，没有更早订单的单独计数；在之后的文件中再次出现的订单号是重复订单；订单日期就是文件中写的日期（时区绝不会把它移到另一天）。'
	},
	datasets: {
		heading: '已存储的数据集',
		none: '还没有数据集。请在上方导入文件。',
		name: '名称',
		orders: '订单',
		customers: '客户',
		range: '日期范围',
		size: '大小',
		created: '导入时间',
		actions: '操作',
		summaryKind: '（汇总）',
		rename: '重命名',
		renameLabel: (p) => `“${p.name}”的新名称`,
		delete: '删除',
		confirmDelete: (p) => `要从此浏览器中删除“${p.name}”及其全部订单吗？此操作无法撤销。`,
		exportCsv: '导出 CSV',
		analyse: '分析',
		deleted: (p) => `已删除“${p.name}”。`,
		nameEmpty: '请输入名称。',
		nameTooLong: '最多使用 80 个字符。',
		storageUse: (p) => `本网站已使用的存储空间：${p.used}，可用总量 ${p.quota}。`
	},
	wipe: {
		heading: '删除全部内容',
		help: '从此浏览器中删除所有数据集、情景、计划、设置以及本网站的离线副本。',
		button: '删除全部内容',
		confirm: '要从此浏览器中删除所有数据集、情景、计划和设置吗？此操作无法撤销。如果以后可能还需要，请先下载备份。'
	},
	backup: {
		heading: '备份与恢复',
		help: '将本网站在此浏览器中存储的全部内容（数据集、情景、计划）保存为一个文件，或从这样的文件恢复，例如在另一台电脑上。',
		download: '下载备份',
		restore: '从备份恢复……',
		confirmRestore: (p) =>
			`要恢复 ${p.date} 的备份（数据集 ${p.datasets} 个，情景 ${p.scenarios} 个）吗？它将替换当前存储的全部内容。`,
		restored: (p) => `已恢复数据集 ${p.datasets} 个、情景 ${p.scenarios} 个。`,
		figuresRecomputed: (p) =>
			`“${p.name}”中保存的指标与其订单不符（文件被修改过，或由旧版 Retention Lab 生成）：已根据订单重新计算。`,
		makeFailed: (p: { detail: string }) =>
			`无法创建备份（${p.detail}）。已保存的数据没有任何改动；请重试，如果设备空间已满，请先释放一些空间。`,
		making: '正在创建备份……',
		checking: '正在检查备份……',
		restoring: '正在恢复……',
		errors: {
			notBackup: '此文件不是 Retention Lab 的备份。',
			newer: (p) => `此备份由更新版本的 Retention Lab 创建（备份格式 ${p.version}）；请先更新应用，再进行恢复。`,
			newerDatabase: (p) =>
				`此备份由更新版本的 Retention Lab 创建（数据库版本 ${p.version}）；请先更新应用，再进行恢复。`,
			corrupt: '备份文件已损坏（内容与其索引不符）。没有做任何更改。',
			failed: '无法恢复备份。没有做任何更改。',
			storageFull:
				'浏览器已没有存储空间可供本网站使用，因此无法恢复备份。没有做任何更改：之前保存的内容都还在。请删除不再需要的数据集（或释放磁盘空间），然后重新恢复。'
		}
	},
	memory: {
		heading: '此文件对本设备来说可能过大',
		tooLargeTold: (p) =>
			`文件大小为 ${p.size}。导入并分析它最多可能需要 ${p.needed} 内存，超过本设备（浏览器报告的内存为 ${p.device}）可能分配给单个标签页的量：浏览器可能会在中途关闭该标签页，导入将会丢失。`,
		tooLargeUntold: (p) =>
			`文件大小为 ${p.size}。导入并分析它最多可能需要 ${p.needed} 内存，超过大多数计算机能分配给单个浏览器标签页的量：浏览器可能会在中途关闭该标签页，导入将会丢失。`,
		summaryHint:
			'您可以改为在订单所在之处（数据库或数据仓库）按客户汇总订单，然后导入该汇总：每位客户一行，包含 customer_id、frequency、recency、T 和 monetary_value 列。CLV 模型会直接使用它；同期群和分期留存则需要订单本身。',
		goOn: '仍然导入',
		another: '选择其他文件',
		megabytes: (p) => `${p.n} MB`,
		gigabytes: (p) => `${p.n} GB`
	}
};

export default data;
