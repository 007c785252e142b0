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

/**
 * The English catalogue is the source of truth: its shape is the `Messages` type that every
 * other language must satisfy, so a missing or misspelt key is a type error (and a unit test fails).
 * One file per section keeps each part of the app's text beside the part it belongs to.
 */
export const en = {
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
