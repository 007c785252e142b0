import type { AnalysisSettings } from './analyse';
import { DEFAULT_SEED_SETTINGS } from './seed-segments';

/** The settings the Analysis page opens with (and the import analyses with, ahead of time). */
export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
	period: 'month',
	windowMonths: 12,
	seed: DEFAULT_SEED_SETTINGS
};
