import type en from '../en/home';
import type { Catalogue } from '../messages';

/** 首页：使用本产品的三种方式和隐私承诺。 */
const home: Catalogue<typeof en> = {
	title: '客户留存：衡量并提升',
	intro: 'Retention Lab 把电商客户留存的公式和策略变成可以直接上手的工具：关键指标计算器、对您自己订单的分析、行业基准，以及一份留存策略计划。',
	usesHeading: '三种使用方式',
	visitorTitle: '计算',
	visitorText:
		'计算客户留存率、流失率、终身价值、订单价值、购买频率、复购率、LTV:CAC 和净推荐值。每个结果都会列出公式，并代入您的数字。',
	visitorCta: '打开计算器',
	merchantTitle: '分析您的订单',
	merchantText:
		'拖入从 Shopify、WooCommerce 导出的订单文件或任意 CSV 文件，即可在浏览器中得到按周期的留存、同期群、客户细分群体和预测的终身价值。',
	merchantCta: '导入订单',
	educatorTitle: '讲解公式',
	educatorText: '逐步展示计算过程，载入教科书示例，并分享一个能重新打开完全相同计算的链接。',
	educatorCta: '从 CRR 示例开始',
	privacyHeading: '您的数据从不离开此浏览器',
	privacyPoints: [
		'文件在您自己的设备上、在后台线程中读取和分析。',
		'数据集、情景和计划只保存在此浏览器中（IndexedDB），可随时删除。',
		'本网站不向任何其他服务器发送请求：没有统计分析，也不从别处加载字体或脚本。'
	],
	alsoHeading: '此外',
	alsoText: '将您的指标与已发布的行业基准进行比较（每项都注明来源、年份和确切定义），再把发现转化为一份留存策略清单。'
};

export default home;
