import type { CustomerActions } from '$lib/analysis/audiences';
import { DEFAULT_CLV_SETTINGS, type ClvSettings } from '$lib/analysis/clv-engine';
import type { CustomerIndex } from '$lib/analysis/customers';
import {
	clvByCustomer,
	firstOrderBreakdown,
	firstOrderOptions,
	type FirstOrderBreakdown
} from '$lib/analysis/first-order';
import type { DatasetRecord } from '$lib/db/database';
import { loadOrders, type StoredOrders } from '$lib/db/datasets';
import type { Readiness, TimeUnit } from '$lib/models';
import type { Dimension, DimensionColumn, OrderItems } from '$lib/orders/columns';

/** The first-order breakdown as the page gets it, with the CLV model it used. */
export interface FirstOrderSummary {
	dimension: Dimension;
	/** False when the data set stores no such column (then every customer is in "(none)"). */
	stored: boolean;
	breakdown: FirstOrderBreakdown;
	/**
	 * The one CLV fit of the whole data set, always with the default settings (`DEFAULT_CLV_SETTINGS`;
	 * the customers page fits with the settings chosen there). `readiness.warnings` of a fitted model
	 * are shown beside its CLV. `fitted`: there is a predicted CLV. `clvWithheld`: the purchase model
	 * stands but the spend model (Gamma-Gamma) was refused, so there is none (`readiness.problems` say why).
	 */
	model: {
		unit: TimeUnit;
		horizonMonths: number;
		annualDiscountRate: number;
		readiness: Readiness;
		fitted: boolean;
		clvWithheld: boolean;
	};
}

interface KeptColumn {
	column: DimensionColumn | null;
	/** For the product: every order's line items, where the data set stores them (see `BreakdownOptions.items`). */
	items: OrderItems | null;
}

/** The chosen dimension's column of the data set last asked about (only that one is kept). */
let kept: ({ id: number; createdAt: number; dimension: Dimension } & KeptColumn) | null = null;

async function columnOf(dataset: DatasetRecord, dimension: Dimension): Promise<KeptColumn> {
	const id = dataset.id!;
	if (kept?.id !== id || kept.createdAt !== dataset.createdAt || kept.dimension !== dimension) {
		kept = null;
		let column: DimensionColumn | null = null;
		let items: OrderItems | null = null;
		if (dataset.dimensions.includes(dimension)) {
			// A first order's products are its line items (all of them); a data set stored without them
			// has the first one's. Its SKUs are its line items' (a data set stored without them per line
			// item is refused before: see `skusNotPerItem`).
			const withItems =
				(dimension === 'product' && dataset.hasItems === true) ||
				(dimension === 'sku' && dataset.hasItemSkus === true);
			const loaded = await loadOrders(id, { customers: false, dimensions: !withItems, items: withItems });
			column = withItems ? { values: [], index: new Int32Array(0) } : (loaded.dimensions[dimension] ?? null);
			items = withItems ? loaded.items : null;
		}
		kept = { id, createdAt: dataset.createdAt, dimension, column, items };
	}
	return kept;
}

/**
 * Whether a breakdown by SKU cannot be made right: the data set stores a SKU column but no SKU per
 * line item (imported before they were kept). Its orders' SKU is then their first line item's
 * only, which would leave out a first order's other SKUs: the page says to import the file again.
 */
export function skusNotPerItem(dataset: DatasetRecord, dimension: Dimension): boolean {
	return dimension === 'sku' && dataset.dimensions.includes('sku') && dataset.hasItemSkus !== true;
}

/**
 * The worker's answer to a `firstOrder` request: `actionsFor` gives the per-customer CLV of the fit
 * with these settings (the worker reuses the fit the customers page made), `indexOf` the customer index.
 */
export async function firstOrderSummary(
	dataset: DatasetRecord,
	orders: StoredOrders,
	dimension: Dimension,
	indexOf: () => CustomerIndex,
	actionsFor: (settings: ClvSettings) => CustomerActions
): Promise<FirstOrderSummary> {
	const { column, items } = await columnOf(dataset, dimension);
	const actions = actionsFor(DEFAULT_CLV_SETTINGS);
	const index = indexOf();
	const clv = clvByCustomer(actions, index.customerCount);
	return {
		dimension,
		stored: column !== null,
		breakdown: firstOrderBreakdown(orders.columns, index, column, clv, firstOrderOptions(dimension, items)),
		model: {
			unit: actions.unit,
			horizonMonths: actions.horizonMonths,
			annualDiscountRate: DEFAULT_CLV_SETTINGS.annualDiscountRate,
			readiness: actions.readiness,
			fitted: clv !== null,
			clvWithheld: actions.model?.clvWithheld ?? false
		}
	};
}
