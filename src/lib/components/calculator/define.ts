import type { Calculator, CalculatorDefinition, FormulaInputs } from './types';

/**
 * Turns a typed definition (its formula, result type and problem codes) into the uniform
 * `Calculator` the shared components render. The definition's field keys are checked by the
 * compiler; a problem's formula arguments are mapped to the fields to mark.
 */
export function defineCalculator<const K extends string, R, C extends string>(
	definition: CalculatorDefinition<K, R, C>
): Calculator {
	return {
		id: definition.id,
		group: definition.group,
		fields: definition.fields,
		defaultPeriod: definition.defaultPeriod,
		examples: definition.examples,
		texts: definition.texts,
		evaluate(values, period, currency) {
			const inputs: FormulaInputs<K> = {
				value(key) {
					const value = values[key];
					if (value === undefined)
						throw new Error(`Calculator ${definition.id}: no value for required field ${key}`);
					return value;
				},
				optional: (key) => values[key],
				period,
				currency
			};
			const outcome = definition.compute(inputs);
			if (outcome.ok) return { ok: true, presentation: definition.present(outcome.value, inputs) };
			const fields = outcome.problem.fields
				.map((argument) => definition.argumentFields[argument])
				.filter((key): key is K => key !== undefined);
			return { ok: false, fields, message: definition.explain(outcome.problem, inputs) };
		}
	};
}
