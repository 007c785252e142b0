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

/** 简体中文（中国大陆）目录：与英文目录逐键对应，由类型检查保证。 */
const zh: LocaleCatalogue = {
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

export default zh;
