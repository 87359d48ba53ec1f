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

/**
 * A function that returns `order` in a new random order on each call, from a seeded generator
 * (mulberry32), so that a run's sequence can be replayed. Over many steps every contender follows
 * every other equally often; a fixed rotation gives each the same predecessor all the time.
 */
export function shuffler(seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return (order) => {
    const out = [...order];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
}

/** Rounds to `digits` decimals (for JSON output that stays readable). */
export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
