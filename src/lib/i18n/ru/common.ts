import type en from '../en/common';
import type { Catalogue } from '../messages';

/** Текст, общий для всех страниц: каркас, навигация, общие кнопки и состояния. */
const common: Catalogue<typeof en> = {
	appName: 'Retention Lab',
	tagline: 'Понимать и улучшать удержание клиентов — конфиденциально, прямо в браузере.',
	skipToContent: 'Перейти к содержимому',
	navLabel: 'Основная навигация',
	nav: {
		home: 'Главная',
		calculators: 'Калькуляторы',
		data: 'Данные',
		analysis: 'Анализ',
		benchmarks: 'Отраслевые показатели',
		planner: 'Планировщик'
	},
	menu: 'Меню',
	settings: 'Настройки',
	currency: 'Валюта',
	language: 'Язык',
	theme: 'Тема',
	themes: { system: 'Как в системе', light: 'Светлая', dark: 'Тёмная' },
	privacyFooter:
		'Всё, что вы вводите или импортируете, остаётся в этом браузере. Ничего не загружается на сервер, нет ни учётной записи, ни отслеживания.',
	loading: 'Загрузка…',
	save: 'Сохранить',
	load: 'Загрузить',
	delete: 'Удалить',
	cancel: 'Отмена',
	close: 'Закрыть',
	rename: 'Переименовать',
	export: 'Экспорт',
	confirm: 'Подтвердить',
	yes: 'Да',
	no: 'Нет',
	notFoundTitle: 'Страница не найдена',
	notFoundText: 'По этому адресу нет страницы.',
	errorTitle: 'Что-то пошло не так',
	backHome: 'Вернуться на главную',
	storageUnavailable:
		'Этот браузер не разрешает сайту хранить данные (режим инкогнито или хранилище отключено), поэтому ничего нельзя сохранить.',
	period: {
		month: 'месяц',
		quarter: 'квартал',
		year: 'год'
	},
	periodLabel: 'Период',
	listSeparator: ', ',
	sameName: (p) => `${p.name} (${p.n})`,
	quoted: (p: { text: string }) => `«${p.text}»`,
	labelled: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
	/** Как у месяцев («март 2024 г.»): 1 кв. 2024 г. */
	quarter: (p: { quarter: string; year: string }) => `${p.quarter} кв. ${p.year} г.`,
	monthSpan: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
	pointsSuffix: ' п. п.',
	periodAdjective: {
		month: 'по месяцам',
		quarter: 'по кварталам',
		year: 'по годам'
	},
	noSuchDataset: (p: { id: string }) => `В этом браузере нет набора данных «${p.id}». Выберите один из этих:`,
	update: {
		ready: 'Готова новая версия Retention Lab.',
		reload: 'Перезагрузить',
		workerGone: 'Retention Lab обновлён — перезагрузите страницу.'
	},
	storage: {
		upgraded:
			'Retention Lab обновлён в другой вкладке. Перезагрузите эту страницу, чтобы продолжить; до тех пор здесь ничего не сохраняется.',
		deleted:
			'Данные этого сайта удалены в другой вкладке. Перезагрузите эту страницу; до тех пор здесь ничего не сохраняется.',
		blocked:
			'Retention Lab обновляется, но в другой вкладке он ещё открыт. Закройте другие вкладки, чтобы завершить обновление.',
		newer: (p: { stored: string; known: string }) =>
			`Данные в этом браузере сохранены более новой версией Retention Lab (версия базы данных ${p.stored}; эта версия знает до ${p.known}). Чтобы их не повредить, здесь ничего не сохраняется. Перезагрузите страницу, чтобы получить новую версию, или скачайте резервную копию данных.`,
		backup: 'Скачать резервную копию'
	}
};

export default common;
