import type { CalibrationBin } from './predictiveModelSchema.ts';

/** A prediction and what actually happened. */
export type Scored = { probability: number; won: boolean };

/**
 * Area under the ROC curve: the chance a random won lead scores above a random lost one (ties
 * count half). 0.5 is chance; undefined when one of the classes is missing.
 */
export function areaUnderCurve(scored: readonly Scored[]): number | undefined {
  const positives = scored.filter((item) => item.won).length;
  const negatives = scored.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  const sorted = [...scored].sort((a, b) => a.probability - b.probability);
  // Mann-Whitney U with average ranks for ties.
  let rankSum = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]?.probability === sorted[i]?.probability) j += 1;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) if (sorted[k]?.won) rankSum += averageRank;
    i = j + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Reliability bins: per band of predicted probability, the mean prediction and the won rate. */
export function calibrationBins(scored: readonly Scored[], bins = 5): CalibrationBin[] {
  return Array.from({ length: bins }, (_, b) => {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = scored.filter(
      (item) =>
        item.probability >= from &&
        (item.probability < to || (b === bins - 1 && item.probability <= 1)),
    );
    const count = inBin.length;
    return {
      from,
      to,
      count,
      meanPredicted: count ? inBin.reduce((sum, item) => sum + item.probability, 0) / count : 0,
      observedRate: count ? inBin.filter((item) => item.won).length / count : 0,
    };
  });
}
