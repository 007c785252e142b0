import { fmt } from '$lib/format/formatters.svelte';
import { msg } from '$lib/i18n/i18n.svelte';
import type { FieldKind } from '$lib/metrics/fields';
import type { Period } from '$lib/metrics/period';
import { applyChange, lifts, sweep, sweepValues, type Measure, type Values } from '$lib/metrics/sensitivity';
import { valueAsShown } from '$lib/metrics/compare';
import type {
	Calculator,
	CalculatorDefinition,
	FormulaInputs,
	LiftLine,
	Measured,
	MeasuredResult,
	Presentation,
	ResponseCurve
} from './types';

/** Points of a curve over time: months 0, 1, 2, … */
const MONTH_STEP = 1;

/**
 * Turns a typed definition (its formula, result type and problem codes) into the uniform
 * `Calculator` the shared components render. The definition's field keys are checked by the
 * compiler; a problem's formula arguments are mapped to the fields to mark. The charts and the
 * lifts of a valid result are computed here, through the definition's own `compute`.
 */
export function defineCalculator<const K extends string, R, C extends string>(
	definition: CalculatorDefinition<K, R, C>
): Calculator {
	const inputsOf = (values: Values, period: Period, currency: string): FormulaInputs<K> => ({
		value(key) {
			const value = values[key];
			if (value === undefined) throw new Error(`Calculator ${definition.id}: no value for required field ${key}`);
			return value;
		},
		optional: (key) => values[key],
		period,
		currency
	});

	/** A quantity of the result as the formula gives it for other values: the one source of every point. */
	const measureOf =
		(of: Measured<K, R>, period: Period, currency: string): Measure =>
		(values) => {
			const outcome = definition.compute(inputsOf(values, period, currency));
			const value = outcome.ok ? of.value(outcome.value) : undefined;
			return value !== undefined && Number.isFinite(value) ? value : null;
		};

	function responses(result: R, values: Values, inputs: FormulaInputs<K>): ResponseCurve[] {
		const texts = definition.texts();
		const curves: ResponseCurve[] = [];
		for (const response of definition.responses ?? []) {
			const of = response.of ?? definition.measure;
			if (!of) continue;
			const formatY = (y: number) => of.format(y, inputs);
			if ('months' in response) {
				const y = response.at(result, response.mark(inputs.period), inputs.period);
				if (y === null) continue;
				const points = [];
				for (let month = 0; month <= response.months; month += MONTH_STEP) {
					const at = response.at(result, month, inputs.period);
					if (at !== null) points.push({ x: month, y: at });
				}
				const current = { x: response.mark(inputs.period), y };
				const formatX = (x: number) => fmt.number(x, 2);
				curves.push({
					id: 'months',
					kind: 'months',
					xLabel: '',
					yLabel: of.label(inputs),
					points,
					current,
					formatX,
					formatY
				});
				continue;
			}
			const field = definition.fields.find((f) => f.key === response.key);
			const x = values[response.key];
			const y = of.value(result);
			if (!field || x === undefined || y === undefined || !Number.isFinite(y)) continue;
			const xs = sweepValues(response.span(x, inputs), x, { integer: field.kind === 'count' });
			curves.push({
				id: response.key,
				kind: 'input',
				xLabel: texts.fields[response.key]?.label ?? response.key,
				yLabel: of.label(inputs),
				points: sweep(measureOf(of, inputs.period, inputs.currency), values, response.key, xs),
				current: { x, y },
				formatX: (value) => formatInput(field.kind, value, inputs.currency),
				formatY
			});
		}
		return curves;
	}

	function liftLines(values: Values, inputs: FormulaInputs<K>): LiftLine[] {
		const of = definition.measure;
		if (!of || !definition.lifts) return [];
		const texts = definition.texts();
		const specs = definition.lifts.map((l) => ({
			id: l.id,
			key: l.key,
			change: l.change(inputs.period),
			max: l.max
		}));
		const difference = of.formatDifference ?? of.format;
		return lifts(measureOf(of, inputs.period, inputs.currency), values, specs).map((lift) => {
			const spec = definition.lifts?.find((l) => l.id === lift.id);
			const by = spec?.by(inputs.period) ?? '';
			// A change past the input's most (97 % + 5 points) is held there: the line says so, not "+5 pp"
			// beside the result of +3 (QA: "+5 pp → £12,540.54", the CLV at 100 % retention).
			const asked = specs.find((s) => s.id === lift.id);
			const max = asked?.max;
			const capped = asked !== undefined && max !== undefined && applyChange(lift.from, asked.change) > max;
			const field = definition.fields.find((f) => f.key === lift.key);
			return {
				id: lift.id,
				field: texts.fields[lift.key]?.label ?? lift.key,
				by:
					capped && field
						? msg.calculators.lifts.capped({ by, max: formatInput(field.kind, max, inputs.currency) })
						: by,
				result: of.format(lift.after, inputs),
				difference: signed(lift.change, difference(Math.abs(lift.change), inputs)),
				relative: lift.relative === null ? null : signed(lift.relative, fmt.percent(Math.abs(lift.relative), 1))
			};
		});
	}

	function measuredOf(result: R, inputs: FormulaInputs<K>): MeasuredResult | undefined {
		const of = definition.measure;
		const value = of?.value(result);
		if (!of || value === undefined || !Number.isFinite(value)) return undefined;
		const formatDifference = of.formatDifference ?? of.format;
		return {
			value,
			shown: valueAsShown(value, (v) => of.format(v, inputs)),
			formatDifference: (size) => formatDifference(size, inputs)
		};
	}

	return {
		id: definition.id,
		group: definition.group,
		fields: definition.fields,
		defaultPeriod: definition.defaultPeriod,
		examples: definition.examples,
		texts: definition.texts,
		evaluate(values, period, currency) {
			const inputs = inputsOf(values, period, currency);
			const outcome = definition.compute(inputs);
			if (outcome.ok) {
				const presentation: Presentation = {
					...definition.present(outcome.value, inputs),
					responses: responses(outcome.value, values, inputs),
					lifts: liftLines(values, inputs),
					measured: measuredOf(outcome.value, inputs)
				};
				return { ok: true, presentation };
			}
			const fields = outcome.problem.fields
				.map((argument) => definition.argumentFields[argument])
				.filter((key): key is K => key !== undefined);
			return { ok: false, fields, message: definition.explain(outcome.problem, inputs) };
		}
	};
}

/** An input's value as its field shows it: a count, an amount, a percentage or a plain number. */
function formatInput(kind: FieldKind, value: number, currency: string): string {
	if (kind === 'count') return fmt.integer(value);
	if (kind === 'money') return fmt.money(value, 2, currency);
	if (kind === 'percent') return fmt.percent(value, 2);
	return fmt.number(value, 2);
}

/** A formatted size with the sign of `value`: "+€25.00", "−10%" (a true minus sign), "0". */
function signed(value: number, size: string): string {
	if (value > 0) return `+${size}`;
	return value < 0 ? `−${size}` : size;
}

/** Whether a calculator has amounts of money among its inputs (their currency then matters to a shared link). */
export function hasMoneyFields(calculator: Pick<Calculator, 'fields'>): boolean {
	return calculator.fields.some((field) => field.kind === 'money');
}
