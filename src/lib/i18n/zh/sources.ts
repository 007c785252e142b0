import type {
	ContributionKey,
	PublisherNoteKey,
	SourceCalculatorId,
	SourceId,
	SourceLanguage,
	TitleBasis
} from '$lib/sources/ids';
import type en from '../en/sources';
import type { Catalogue } from '../messages';

/** 应用在正文中对每篇来源文章的称呼（含其语言），引用处显示为指向“来源”页面的链接。 */
export const names = {
	'000': '关于建立客户留存策略的文章（拉脱维亚语）',
	'001': '关于提升电商客户留存率的五种方法的文章（中文）',
	'002': '关于通过电商客户细分提升忠诚度的文章（俄语）',
	'003': '关于忠诚度计划的文章（拉脱维亚语）',
	'004': '关于促进电商重复销售的文章（荷兰语）'
} satisfies Record<SourceId, string>;

const titles = {
	'000': '打造出色电商客户留存策略的建议',
	'001': '提高电子商务网站客户保留率的5种方法',
	'002': '提升客户忠诚度的 9 个电商细分技巧',
	'003': '了解有哪些不同的忠诚度计划……',
	'004': '如何在 2017 年促进电商重复销售'
} satisfies Record<SourceId, string>;

const titleBasis = {
	'title-line': '即文本给出的标题',
	'main-heading': '副本中没有标题行；这是其主体部分的小标题',
	embedded: '副本中没有标题行；这句残留在正文中的话看起来是文章的标题',
	lead: '副本中没有标题行；这是其导语开头的几个词'
} satisfies Record<TitleBasis, string>;

const publisherNotes = {
	'ecwid-features': '文中向使用在线商店平台 Ecwid 销售的商家推荐该平台的功能，但没有说明由谁发布。',
	'metrilo-cited': '文中就一项数据引用了 Metrilo；并未说明 Metrilo 是发布者。',
	'figures-cited': '文中引用了 Zendesk、McKinsey 和 BrightLocal 的数据；它们都未被说明为发布者。',
	'author-unnamed': '以第一人称写成，文中未给出作者姓名。'
} satisfies Record<PublisherNoteKey, string>;

const contributions = {
	'crr-formula-letters':
		'客户留存率：CRR = [(E − N) / B] × 100，其中 B 为期初客户数，E 为期末客户数，N 为期内新增客户数。本应用用 S 表示 B。',
	'crr-formula-words':
		'用文字表述的客户留存率：用期末客户数（E）减去期内新增客户数（N），再除以期初客户数（S），然后乘以 100。副本中缺少公式本身。',
	'crr-textbook-example':
		'教科书示例：季度初有 10,000 名客户，新增 2,000 名，季度末有 10,200 名。文章称留存率“约为 78%”；按公式计算为 82%，而 78% 是期末客户为 9,800 名时的结果。CRR 计算器可同时展示两者。',
	'nps-scale':
		'净推荐值（NPS），用于找出品牌推荐者。文章描述的是 1 到 10 分的量表，5 分及以上即为推荐者；本应用采用标准定义（推荐者 9–10 分，贬损者 0–6 分），并说明两者的差异。',
	'high-frequency-segment':
		'高频购买者，例如每月购买 10 件商品或消费 2,000 美元的客户；分析页面按可调整的阈值找出他们。',
	'revenue-tiers': '收入层级：按客户的终身收入（总消费）排序，为其中最好的客户提供更高级别的支持。',
	'clv-formula':
		'客户终身价值：CLV = CV × t，其中客户价值 CV = AOV × f（平均订单价值乘以购买频率），t 为平均客户生命周期。',
	'aov-frequency-factors':
		'平均订单价值（AOV）和购买频率（f），即 CV 的两个因子。文章说两者都可以用公式计算，但副本中缺少公式本身；本应用使用“收入 ÷ 订单数”和“订单数 ÷ 客户数”。',
	'lifetime-range': '客户生命周期 t 通常为 1 到 3 年。'
} satisfies Record<ContributionKey, string>;

const calculators = {
	crr: 'CRR 计算器',
	aov: 'AOV 计算器',
	frequency: '购买频率计算器',
	'clv-simple': 'CLV 计算器（AOV × f × t）',
	nps: 'NPS 计算器'
} satisfies Record<SourceCalculatorId, string>;

/** “来源”页面：本产品所依据的五篇文章，以及每篇文章贡献了什么。 */
const sources: Catalogue<typeof en> = {
	title: '来源',
	footerLink: '来源：本应用所依据的五篇文章',
	intro: 'Retention Lab 以五篇关于电商客户留存的文章为基础，它们分别以拉脱维亚语、中文、俄语和荷兰语写成。这些文章中的公式、数据和策略贯穿整个应用；应用中凡引用其中一篇之处，都会链接到这里。',
	caveat: '这些文章以纯文本副本的形式保存，不含网址、日期和作者署名。因此，每个条目只列出文本本身关于其标题和发布者的信息；其中的数据按文章原样引用，并非经过复核的研究结果。',
	contentsLabel: '五篇文章',
	names,
	titles,
	citedAs: (p: { name: string }) => `本应用中的引用名称：${p.name}。`,
	originalTitleLabel: '原文标题',
	titleBasis,
	languageLabel: '语言',
	languages: { lv: '拉脱维亚语', zh: '中文', ru: '俄语', nl: '荷兰语' } satisfies Record<SourceLanguage, string>,
	publisherLabel: '发布者',
	publisherNotNamed: '文中未注明',
	publisherNotes,
	formulasHeading: '公式、定义与示例',
	noFormulas: '本应用中没有任何公式、定义或计算示例出自这篇文章。',
	contributions,
	usedInLabel: '用于：',
	calculators,
	figuresHeading: '数据',
	noFigures: '本应用没有引用这篇文章中的任何数据。',
	factAttributed: (p: { source: string }) => `文章注明其出处为 ${p.source}。`,
	factUnattributed: '文章未注明其出处。',
	benchmark: (p: { publisher: string; metric: string; industry: string; value: string }) =>
		`${p.publisher}，${p.metric}，${p.industry}：${p.value}`,
	calledRetentionRate: (p: { metric: string }) => `文章称之为客户留存率；它衡量的其实是“${p.metric}”，而不是 CRR。`,
	tacticsHeading: '策略',
	alsoIn: '同样提到该策略的来源：'
};

export default sources;
