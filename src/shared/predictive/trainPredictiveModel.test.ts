import { describe, expect, it } from 'vitest';
import type { FeatureVector, TrainingExample } from './logisticRegression.ts';
import { predictWin } from './logisticRegression.ts';
import { areaUnderCurve } from './modelQuality.ts';
import { seededRandom } from './seededRandom.ts';
import { trainPredictiveModel } from './trainPredictiveModel.ts';

const industries = ['manufacturing', 'retail', 'energy', 'health', 'logistics'];
const sources = ['trade_show', 'website', 'referral', 'ad', 'social'];
const countries = ['cn', 'de', 'us', 'jp'];

/**
 * A history where winning depends only on the planted attributes (manufacturing, referral, many
 * activities); country and email presence are noise.
 */
function plantedHistory(count: number, seed: number): TrainingExample[] {
  const random = seededRandom(seed);
  const pick = (items: string[]) => items[Math.floor(random() * items.length)] as string;
  return Array.from({ length: count }, () => {
    const industry = pick(industries);
    const source = pick(sources);
    const activityCount = Math.floor(random() * 8);
    const features: Record<string, number> = {
      [`industry:${industry}`]: 1,
      [`source:${source}`]: 1,
      [`country:${pick(countries)}`]: 1,
      activities: Math.log1p(activityCount) / 2,
    };
    if (random() < 0.7) features.hasEmail = 1;
    const logit =
      -2 +
      (industry === 'manufacturing' ? 2.5 : 0) +
      (source === 'referral' ? 2 : 0) +
      2.5 * (features.activities ?? 0);
    const won = random() < 1 / (1 + Math.exp(-logit));
    return { features: features satisfies FeatureVector, won };
  });
}

describe('trainPredictiveModel', () => {
  it('ranks held-out leads well and names the planted attributes as top factors', () => {
    const result = trainPredictiveModel({ examples: plantedHistory(1500, 7), seed: 11 });
    if (result.status !== 'trained') throw new Error('expected a trained model');
    expect(result.quality.heldOutAuc).toBeGreaterThanOrEqual(0.75);
    expect(result.quality.heldOut).toBeGreaterThan(300);
    const top = result.model.weights.slice(0, 3).map((entry) => entry.feature);
    expect(new Set(top)).toEqual(
      new Set(['industry:manufacturing', 'source:referral', 'activities']),
    );
    // A fresh sample from the same world, never seen in training, ranks as well.
    const fresh = plantedHistory(800, 99).map((example) => ({
      probability: predictWin({ model: result.model, features: example.features }).probability,
      won: example.won,
    }));
    expect(areaUnderCurve(fresh)).toBeGreaterThanOrEqual(0.75);
    // Calibration is reported: bins cover every held-out lead and track the observed rate.
    const binned = result.quality.calibration.reduce((sum, bin) => sum + bin.count, 0);
    expect(binned).toBe(result.quality.heldOut);
    for (const bin of result.quality.calibration.filter((item) => item.count >= 40)) {
      expect(Math.abs(bin.meanPredicted - bin.observedRate)).toBeLessThan(0.15);
    }
  });

  it('explains one lead by the features that moved it most', () => {
    const result = trainPredictiveModel({ examples: plantedHistory(1500, 3), seed: 5 });
    if (result.status !== 'trained') throw new Error('expected a trained model');
    const { probability, factors } = predictWin({
      model: result.model,
      features: { 'industry:manufacturing': 1, 'source:referral': 1, 'country:de': 1 },
    });
    expect(probability).toBeGreaterThan(0.5);
    expect(
      factors
        .slice(0, 2)
        .map((factor) => factor.feature)
        .sort(),
    ).toEqual(['industry:manufacturing', 'source:referral']);
  });

  it('declines with too little history or only one outcome', () => {
    expect(trainPredictiveModel({ examples: plantedHistory(40, 1), seed: 1 })).toEqual({
      status: 'insufficientHistory',
      examples: 40,
      minimumExamples: 60,
    });
    const allWon = plantedHistory(200, 2).map((example) => ({ ...example, won: true }));
    expect(trainPredictiveModel({ examples: allWon, seed: 1 }).status).toBe('insufficientHistory');
  });

  it('is deterministic for a seed', () => {
    const examples = plantedHistory(300, 4);
    expect(trainPredictiveModel({ examples, seed: 8 })).toEqual(
      trainPredictiveModel({ examples, seed: 8 }),
    );
  });
});

describe('areaUnderCurve', () => {
  it('is 1 for a perfect ranking, 0.5 for ties, undefined with one class', () => {
    expect(
      areaUnderCurve([
        { probability: 0.9, won: true },
        { probability: 0.1, won: false },
      ]),
    ).toBe(1);
    expect(
      areaUnderCurve([
        { probability: 0.5, won: true },
        { probability: 0.5, won: false },
      ]),
    ).toBe(0.5);
    expect(areaUnderCurve([{ probability: 0.5, won: true }])).toBeUndefined();
  });
});
