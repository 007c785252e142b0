import type en from '../en/exercises';
import type { Catalogue } from '../messages';

/** 练习页面的文本：为每个计算器生成的练习题。 */
const exercises: Catalogue<typeof en> = {
	title: (p) => `练习：${p.calculator}`,
	linkFromCalculator: '做练习题',
	backToCalculator: (p) => `返回：${p.calculator}`,
	intro: '请自己算出每道题的结果，然后核对答案。核对之前答案是隐藏的。',
	tolerance:
		'答案与精确值相差不超过 0.5 %，或与计算器四舍五入后显示的结果相同，即算正确。只需输入数字：% 符号和货币符号可以省略。',
	setSummary: (p) => `共 ${p.count} 道题，题组编号 ${p.seed}。`,
	exercise: (p) => `第 ${p.n} 题`,
	given: '已知：',
	find: (p) => `求：${p.result}。`,
	percentHint: '以百分数表示，例如 45.5',
	unitHint: (p) => `按结果的单位（${p.unit}）`,
	yourAnswer: '你的答案',
	check: '核对答案',
	right: '正确。',
	notQuite: '不太对。',
	unreadable: '无法识别为数字。请输入数字，例如 45.5。',
	empty: '请先输入答案。',
	yours: (p) => `你的答案：${p.value}。`,
	decimalAnswer: (p) =>
		`“${p.text}”被读作 ${p.value}：在此语言中“${p.decimal}”是小数点；如果要表示 ${p.grouped}，请不要使用此符号。`,
	groupedAnswer: (p) =>
		`“${p.text}”被读作 ${p.value}：在此语言中“${p.group}”用于千位分隔；小数点请写“${p.decimal}”。`,
	solution: '解题过程',
	answer: (p) => `${p.label}：${p.value}`,
	newSet: '换一组题',
	copyLink: '复制这组题的链接',
	linkCopied: '链接已复制。打开它会显示同样的题目。',
	copyFailed: '浏览器不允许复制。请选中下面的链接并复制：',
	linkLabel: '这组练习题的链接',
	loading: '正在准备题目…'
};

export default exercises;
