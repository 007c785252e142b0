import type en from '../en/charts';
import type { Catalogue } from '../messages';

/** Оформление всех графиков: переключатель таблицы, пустое состояние, подсказки клавиатуры, описания точек. */
const charts: Catalogue<typeof en> = {
	showTable: 'Показать в виде таблицы',
	hideTable: 'Скрыть таблицу',
	empty: 'Пока нет данных для отображения.',
	noValue: 'нет значения',
	legend: 'Легенда',
	points: (p: { title: string }) => `${p.title}: точки данных. Перемещайтесь между ними клавишами со стрелками.`,
	point: (p: { series: string; x: string; value: string }) => `${p.series}, ${p.x}: ${p.value}`,
	cell: (p: { row: string; column: string; value: string }) => `${p.row}, ${p.column}: ${p.value}`,
	highlight: 'Выделить',
	highlightNone: 'Без выделения',
	notObserved: 'Ещё не наблюдалось',
	colourScale: 'Цветовая шкала',
	scrollHint: 'Прокрутите вбок, чтобы увидеть все столбцы.'
};

export default charts;
