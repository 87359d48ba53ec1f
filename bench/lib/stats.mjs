// Order statistics for benchmark samples. Medians, not means: a shared machine produces long
// tails (another process's GC, a test run) that would drag a mean around.

/** The q-quantile (0..1) of `values`, by linear interpolation between order statistics. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

/** `[min, max]` of `values`. */
export function range(values) {
  return [Math.min(...values), Math.max(...values)];
}

/** `order` rotated left by `round`: each contender goes first once every `order.length` rounds. */
export function rotate(order, round) {
  const k = round % order.length;
  return [...order.slice(k), ...order.slice(0, k)];
}

/** Rounds to `digits` decimals (for JSON output that stays readable). */
export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
