import type { LocaleCatalogue } from '../messages';
import affinity from './affinity';
import analysis from './analysis';
import benchmarks from './benchmarks';
import calculators from './calculators';
import charts from './charts';
import clv from './clv';
import common from './common';
import compare from './compare';
import data from './data';
import depth from './depth';
import exercises from './exercises';
import firstOrder from './firstOrder';
import home from './home';
import planner from './planner';
import profit from './profit';
import sources from './sources';
import tactics from './tactics';

/** Русский каталог; загружается по требованию, когда выбран русский язык. */
const ru: LocaleCatalogue = {
	common,
	home,
	calculators,
	data,
	analysis,
	clv,
	benchmarks,
	planner,
	tactics,
	charts,
	sources,
	depth,
	profit,
	exercises,
	compare,
	affinity,
	firstOrder
};

export default ru;
