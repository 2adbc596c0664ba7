/**
 * A share or rate with what it was computed from, so a dashboard can show "12 of 40" and drill
 * down. `value` is undefined when the denominator is zero: "no data", never 0 % or NaN.
 */
export type Ratio = { numerator: number; denominator: number; value: number | undefined };

/** numerator ÷ denominator, undefined for an empty denominator. */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? undefined : numerator / denominator };
}

/** The arithmetic mean, undefined for no values. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The median (mean of the middle two for an even count), undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
