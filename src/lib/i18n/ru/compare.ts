import type en from '../en/compare';
import type { Catalogue } from '../messages';
import { DAY_GENITIVE_FORMS, dayCount } from './plural';
import { withStop } from '../sentence';

/** Тексты страницы, на которой два набора данных стоят рядом. */
const compare: Catalogue<typeof en> = {
	title: 'Сравнение двух наборов данных',
	link: 'Сравнить два набора данных рядом (два магазина или две выгрузки)',
	intro: 'Два магазина или две выгрузки одного магазина рядом: к обоим применены одни и те же настройки и диапазон дат, всё считается в этом браузере.',
	datasetA: 'Набор данных A',
	datasetB: 'Набор данных B',
	needTwo: 'Для сравнения нужны два набора данных с отдельными заказами. Сначала импортируйте ещё один.',
	importMore: 'Импортировать заказы',
	sameTwice: 'Выберите два разных набора данных.',
	computing: 'Анализируем оба набора данных…',
	failed: (p: { detail: string }) => `Сравнение не удалось: ${p.detail}`,
	unknownCurrency: 'неизвестная валюта',
	currencyNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`${p.nameA} — в валюте ${p.a}, ${p.nameB} — в валюте ${p.b}. Суммы показаны каждая в своей валюте и не сравниваются между собой и не складываются.`,
	spanNote: (p: { nameA: string; fromA: string; toA: string; nameB: string; fromB: string; toB: string }) =>
		`Наборы данных охватывают разные дни: ${p.nameA} — с ${p.fromA} по ${p.toA}, ${p.nameB} — с ${p.fromB} по ${withStop(p.toB)} Чтобы сравнивать сопоставимое, выберите диапазон дат в пределах дней, которые охватывают оба.`,
	sharedSpan: (p: { from: string; to: string }) => `Оба охватывают период с ${p.from} по ${withStop(p.to)}`,
	noSharedSpan: 'У них нет ни одного общего дня, поэтому ни один диапазон дат не подходит обоим.',
	revenueNote: (p: { nameA: string; a: string; nameB: string; b: string }) =>
		`Выручка измерена по-разному: ${p.nameA} — как «${p.a}», ${p.nameB} — как «${p.b}».`,
	rangeApplied: (p: { from: string; to: string }) =>
		`Оба ограничены периодом ${p.from} – ${p.to}; клиент, покупавший раньше, считается повторным, а не новым.`,
	allOrders: 'Все заказы каждого набора данных.',
	kpiHeading: 'Ключевые показатели',
	kpiCaption: 'Ключевые показатели двух наборов данных',
	figure: 'Показатель',
	revenue: 'Выручка',
	revenueTwo: (p: { a: string; b: string }) => `A: ${p.a}; B: ${p.b} (измерены по-разному, несравнимы)`,
	assumedOne: (p: { name: string; currency: string }) =>
		`В файле ${p.name} валюта не указана: суммы показаны в ${p.currency} — валюте из ваших настроек, как на странице анализа. Если это не их валюта, измените её в настройках.`,
	assumedBoth: (p: { nameA: string; nameB: string; currency: string }) =>
		`Ни в файле ${p.nameA}, ни в файле ${p.nameB} валюта не указана: оба показаны в ${p.currency} — валюте из ваших настроек, как на странице анализа, и поэтому сравниваются как одна валюта. Если это не их валюта, измените её в настройках.`,
	outsideOne: (p: { name: string; from: string; to: string }) =>
		`Диапазон выходит за пределы данных ${p.name}: его заказы идут с ${p.from} по ${p.to}, а диапазон должен лежать в днях, которые покрывают оба набора данных. Выберите даты в этих пределах.`,
	outsideBoth: (p: { nameFrom: string; nameTo: string; from: string; to: string }) =>
		`Диапазон выходит за пределы дней, которые покрывают оба набора данных: с ${p.from} (первый заказ ${p.nameFrom}) по ${p.to} (последний заказ ${p.nameTo}). Выберите даты в этих пределах.`,
	exportKpis: 'Скачать ключевые показатели (CSV)',
	basis: {
		extrapolated: 'экстраполировано по данным меньше чем за год',
		tooShort: 'в пересчёте на год не приводится: данных меньше чем за 90 дней',
		notMeasurable: 'пока не измеримо',
		windowShort: 'не измеримо: окно активности короче периода',
		aboveHundred: 'выше 100 %: клиенты вернулись после перерыва'
	},
	periodCell: (p: { period: string; s: string; e: string; n: string }) => `${p.period}: S ${p.s}, E ${p.e}, N ${p.n}`,
	periodsDiffer: (p: { a: string; b: string }) =>
		`Периоды разные: последний измеримый период у A — ${p.a}, у B — ${p.b}. Чтобы сравнивать сопоставимое, выберите диапазон дат, который для обоих заканчивается одним и тем же периодом.`,
	retentionHeading: 'Удержание по периодам',
	chartTitle: (p: { period: string }) => `Коэффициент удержания клиентов по периодам (${p.period}), оба набора`,
	chartDescription:
		'CRR каждого набора данных по периодам, где он измерим. У периода, который набор не охватывает или не может измерить, точки нет.',
	noPeriod: 'нет данных',
	exportPeriods: 'Скачать периоды (CSV)',
	csv: {
		allOrders: 'все заказы',
		yes: 'да',
		revenueDiffers: (p) => `выручка измерена по-разному: A как ${p.a}, B как ${p.b}; несравнимо`,
		currencyAssumed: (p) => `${p.side}: в файле не указана валюта; ${p.currency} — настройка пользователя`,
		noData: 'нет данных',
		cutByRange: (p) => `обрезан диапазоном дат: в нём ${p.covered} из ${dayCount(p.days, DAY_GENITIVE_FORMS)}`,
		partial: (p) => `неполный: данные охватывают ${p.covered} из ${dayCount(p.days, DAY_GENITIVE_FORMS)}`,
		windowShort: 'не измеряется: окно активности короче периода',
		baseBuilding: (p) => `база ещё формируется: измеряется с ${p.from}`,
		noBase: 'нет клиентов на начало'
	}
};

export default compare;
