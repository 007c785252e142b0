import type en from '../en/common';
import type { Catalogue } from '../messages';

/** 每个页面共用的文字：框架、导航、通用按钮和状态。 */
const common: Catalogue<typeof en> = {
	appName: 'Retention Lab',
	tagline: '了解并提升客户留存：全程私密，就在您的浏览器中完成。',
	skipToContent: '跳到主要内容',
	navLabel: '主导航',
	nav: {
		home: '首页',
		calculators: '计算器',
		data: '数据',
		analysis: '分析',
		benchmarks: '行业基准',
		planner: '计划'
	},
	menu: '菜单',
	settings: '设置',
	currency: '货币',
	language: '语言',
	theme: '主题',
	themes: { system: '跟随系统', light: '浅色', dark: '深色' },
	privacyFooter: '您输入或导入的所有内容都只保存在此浏览器中。不上传任何数据，无需账户，也没有任何跟踪。',
	loading: '正在加载……',
	save: '保存',
	load: '载入',
	delete: '删除',
	cancel: '取消',
	close: '关闭',
	rename: '重命名',
	export: '导出',
	confirm: '确认',
	yes: '是',
	no: '否',
	notFoundTitle: '找不到页面',
	notFoundText: '此地址下没有页面。',
	errorTitle: '出错了',
	backHome: '返回首页',
	storageUnavailable: '此浏览器不允许本网站存储数据（处于隐私模式或已禁用存储），因此无法保存任何内容。',
	period: {
		month: '月',
		quarter: '季度',
		year: '年'
	},
	periodLabel: '周期',
	listSeparator: '、',
	sameName: (p) => `${p.name}（${p.n}）`,
	quoted: (p: { text: string }) => `“${p.text}”`,
	labelled: (p: { label: string; value: string }) => `${p.label}：${p.value}`,
	/** 与月份标签（“2024年3月”）的写法一致。 */
	quarter: (p: { quarter: string; year: string }) => `${p.year}年第${p.quarter}季度`,
	monthSpan: (p: { from: string; to: string }) => `${p.from}至${p.to}`,
	pointsSuffix: ' 个百分点',
	periodAdjective: {
		month: '按月',
		quarter: '按季度',
		year: '按年'
	},
	noSuchDataset: (p: { id: string }) => `此浏览器中没有数据集“${p.id}”。请从以下数据集中选择：`,
	update: {
		ready: 'Retention Lab 的新版本已就绪。',
		reload: '重新加载',
		workerGone: 'Retention Lab 已更新——请重新加载页面。'
	},
	storage: {
		upgraded: 'Retention Lab 已在另一个标签页中更新。请重新加载此页面以继续；在此之前，这里不会保存任何内容。',
		deleted: '本网站的数据已在另一个标签页中删除。请重新加载此页面；在此之前，这里不会保存任何内容。',
		blocked: 'Retention Lab 正在更新，但另一个打开它的标签页仍未关闭。请关闭其他标签页以完成更新。',
		newer: (p: { stored: string; known: string }) =>
			`此浏览器中的数据由更新版本的 Retention Lab 保存（数据库版本 ${p.stored}；此版本最多支持 ${p.known}）。为保护数据，这里不会保存任何内容。请重新加载以获取新版本，或下载数据备份。`,
		backup: '下载备份'
	}
};

export default common;
