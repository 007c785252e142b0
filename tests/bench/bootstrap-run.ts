/**
 * The bootstrap figure of the benchmark, in node: 100 replicates of the CLV bootstrap on the
 * project's synthetic customers (src/lib/synthetic) at a given size, timed, after the full fit as
 * the app runs it. Bundled and run by bootstrap.mjs (npm run bench:bootstrap).
 */
import { runClvModels, buildCustomerSummary, ClvBootstrap } from '../../src/lib/models';
import { syntheticOrderColumns } from '../../src/lib/synthetic/orders';
import { noDropoutOrders } from '../fixtures/clv/no-dropout';

export interface BootstrapFigure {
	data: string;
	customers: number;
	fitSeconds: number;
	bootstrapSeconds: number;
	/** CPU time of this process during the bootstrap: the wall time less what other processes took. */
	bootstrapCpuSeconds: number;
	replicates: number;
	failedFits: number;
	noDropoutFits: number;
	unboundedSpend: number;
	estimate: number;
	low: number;
	high: number;
}

export function bootstrapFigure(
	customers: number,
	replicates: number,
	data: 'synthetic' | 'no-dropout'
): BootstrapFigure {
	const source = data === 'synthetic' ? syntheticOrderColumns(customers) : noDropoutOrders(customers);
	const rows = buildCustomerSummary(source.orders, source.customerCount, { unit: 'week' });
	const started = performance.now();
	const models = runClvModels(rows, { unit: 'week' });
	const fitted = performance.now();
	const cpuBefore = process.cpuUsage();
	if (!models.bgnbd || !models.gammaGamma || !models.clv)
		throw new Error(`no fit: ${JSON.stringify(models.readiness)}`);
	const run = new ClvBootstrap(
		rows,
		{ bgnbd: models.bgnbd.params, gammaGamma: models.gammaGamma.params, boundary: models.bgnbd.boundary },
		{ replicates, seed: 1, clv: { unit: 'week' } }
	);
	while (run.next());
	const cpu = process.cpuUsage(cpuBefore);
	const result = run.result();
	return {
		data,
		customers: rows.count,
		fitSeconds: (fitted - started) / 1000,
		bootstrapSeconds: (performance.now() - fitted) / 1000,
		bootstrapCpuSeconds: (cpu.user + cpu.system) / 1e6,
		replicates: result.replicates,
		failedFits: result.failedFits,
		noDropoutFits: result.noDropoutFits,
		unboundedSpend: result.unboundedSpend,
		estimate: result.total.estimate,
		low: result.total.low,
		high: result.total.high
	};
}
