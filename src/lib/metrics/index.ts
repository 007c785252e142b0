/**
 * Retention metrics as pure functions. Every formula returns an `Outcome`: `{ ok: true, value }` or
 * `{ ok: false, problem }` with a typed problem code, never NaN or Infinity. Rates are fractions
 * (0.82 = 82 %), money is in whatever currency the inputs are in, and periods are explicit.
 */
export * from './outcome';
export * from './period';
export * from './retention';
export * from './churn';
export * from './lifetime';
export * from './orders';
export * from './discount';
export * from './clv';
export * from './acquisition';
export * from './nps';
