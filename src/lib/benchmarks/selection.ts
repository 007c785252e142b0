import {
	comparability,
	comparisonOf,
	figuresForIndustry,
	figuresForSector,
	isCrossIndustry,
	type Comparison,
	type MeasuredValue,
	type NotComparableReason
} from './compare';
import { BENCHMARKS, type BenchmarkFigure } from './figures';
import { INDUSTRIES, INDUSTRY_IDS, SECTORS, type IndustryId, type Sector } from './industries';

/**
 * What the benchmarks page shows for the user's choice of sector and (optionally) one industry in
 * it, and how each of those figures stands to one measured value.
 */

export function isSector(value: unknown): value is Sector {
	return typeof value === 'string' && (SECTORS as readonly string[]).includes(value);
}

export function isIndustryId(value: unknown): value is IndustryId {
	return typeof value === 'string' && Object.hasOwn(INDUSTRIES, value);
}

/** The industries of a sector that have figures, in the order of `INDUSTRIES`. */
export function industriesInSector(sector: Sector, figures: readonly BenchmarkFigure[] = BENCHMARKS): IndustryId[] {
	const published = new Set(figures.map((figure) => figure.industry));
	return INDUSTRY_IDS.filter(
		(industry) => published.has(industry) && (INDUSTRIES[industry].sectors as readonly Sector[]).includes(sector)
	);
}

/**
 * The figures for a choice: a whole sector (with the cross-industry averages of its kind of
 * business), or one industry of it with those same averages to fall back on.
 */
export function figuresForChoice(
	sector: Sector,
	industry: IndustryId | null,
	figures: readonly BenchmarkFigure[] = BENCHMARKS
): BenchmarkFigure[] {
	if (industry === null || !industriesInSector(sector, figures).includes(industry)) {
		return figuresForSector(sector, { figures });
	}
	const own = figuresForIndustry(industry, figures);
	const models = new Set(own.map((figure) => figure.businessModel));
	const averages = figures.filter(
		(figure) => figure.industry !== industry && isCrossIndustry(figure) && models.has(figure.businessModel)
	);
	return [...own, ...averages];
}

export interface NotCompared {
	figure: BenchmarkFigure;
	reason: NotComparableReason;
}

export interface MeasureCheck {
	measure: MeasuredValue;
	/** Figures the value may stand beside, with the gap to each, in the order given. */
	compared: Comparison[];
	/** Figures of the same metric family that may not, and why (see `comparability`). */
	notCompared: NotCompared[];
}

/** Sets one measured value against every figure shown: compared where alike, else the reason. */
export function checkMeasure(measure: MeasuredValue, figures: readonly BenchmarkFigure[]): MeasureCheck {
	const compared: Comparison[] = [];
	const notCompared: NotCompared[] = [];
	for (const figure of figures) {
		const check = comparability(measure, figure);
		if (check.comparable) compared.push(comparisonOf(figure, check));
		else notCompared.push({ figure, reason: check.reason });
	}
	return { measure, compared, notCompared };
}
