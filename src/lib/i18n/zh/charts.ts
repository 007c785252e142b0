import type en from '../en/charts';
import type { Catalogue } from '../messages';

/** 每个图表的外围元素：表格切换、空状态、键盘提示、数据点描述。 */
const charts: Catalogue<typeof en> = {
	showTable: '以表格显示',
	hideTable: '隐藏表格',
	empty: '暂无可显示的数据。',
	noValue: '无数值',
	legend: '图例',
	points: (p: { title: string }) => `${p.title}：数据点。使用方向键在数据点之间移动。`,
	point: (p: { series: string; x: string; value: string }) => `${p.series}，${p.x}：${p.value}`,
	cell: (p: { row: string; column: string; value: string }) => `${p.row}，${p.column}：${p.value}`,
	highlight: '突出显示',
	highlightNone: '无',
	notObserved: '尚未观察到',
	colourScale: '色阶',
	scrollHint: '左右滚动可查看所有列。'
};

export default charts;
