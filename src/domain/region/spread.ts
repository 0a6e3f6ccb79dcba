/** The five-number summary of a set of values, as a distribution is shown: never only a mean. */
export type Spread = { n: number; min: number; q1: number; median: number; q3: number; max: number };

/**
 * Quantiles by linear interpolation between order statistics (Hyndman–Fan type 7, what Excel's
 * KVARTIL.INK / QUARTILE.INC and R's default give), so a coordinator can check a figure in a
 * spreadsheet. Null for no values.
 */
export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  return {
    n: s.length,
    min: s[0]!,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
    max: s[s.length - 1]!,
  };
}

/** `sorted` ascending, p in [0, 1]. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const value = sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  // Two decimals are all a level average needs; rounding also hides floating-point noise (2.0000000004).
  return Math.round(value * 100) / 100;
}
