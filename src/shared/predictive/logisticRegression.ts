import type { LogisticModel } from './predictiveModelSchema.ts';

/** Sparse features of one lead: name → value (one-hot categories are 1, numbers are scaled). */
export type FeatureVector = Readonly<Record<string, number>>;

/** One past lead whose outcome is known. */
export type TrainingExample = { features: FeatureVector; won: boolean };

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Fits an L2-regularized logistic regression by full-batch gradient descent (deterministic: no
 * sampling). `l2` is the penalty on the mean log-loss; the bias is not penalized.
 */
export function trainLogisticRegression(params: {
  examples: readonly TrainingExample[];
  l2?: number;
  iterations?: number;
  learningRate?: number;
}): LogisticModel {
  const { examples } = params;
  const l2 = params.l2 ?? 0.01;
  const iterations = params.iterations ?? 400;
  const rate = params.learningRate ?? 0.5;
  const names = [...new Set(examples.flatMap((example) => Object.keys(example.features)))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((example) => ({
    y: example.won ? 1 : 0,
    entries: Object.entries(example.features).map(
      ([name, value]) => [index.get(name) ?? 0, value] as const,
    ),
  }));
  const weights = new Float64Array(names.length);
  const gradient = new Float64Array(names.length);
  const n = Math.max(rows.length, 1);
  const positives = rows.reduce((sum, row) => sum + row.y, 0);
  // Start at the base rate so early steps learn the features, not the prior.
  const prior = Math.min(Math.max(positives / n, 1e-3), 1 - 1e-3);
  let bias = Math.log(prior / (1 - prior));
  for (let step = 0; step < iterations; step += 1) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (const [i, value] of row.entries) z += (weights[i] ?? 0) * value;
      const error = sigmoid(z) - row.y;
      biasGradient += error;
      for (const [i, value] of row.entries) gradient[i] = (gradient[i] ?? 0) + error * value;
    }
    bias -= (rate * biasGradient) / n;
    for (let i = 0; i < weights.length; i += 1) {
      const w = weights[i] ?? 0;
      weights[i] = w - rate * ((gradient[i] ?? 0) / n + l2 * w);
    }
  }
  return {
    bias,
    weights: names
      .map((feature, i) => ({ feature, weight: weights[i] ?? 0 }))
      .filter((entry) => Math.abs(entry.weight) > 1e-4)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .slice(0, 2000),
  };
}

/** A feature's push on one lead's log-odds (positive raises the win probability). */
export type Factor = { feature: string; contribution: number };

/** The win probability the model gives a lead, with the features that moved it most. */
export function predictWin(params: {
  model: LogisticModel;
  features: FeatureVector;
  topFactors?: number;
}): { probability: number; factors: Factor[] } {
  const { model, features } = params;
  let z = model.bias;
  const factors: Factor[] = [];
  for (const { feature, weight } of model.weights) {
    const value = features[feature];
    if (value === undefined || value === 0) continue;
    z += weight * value;
    factors.push({ feature, contribution: weight * value });
  }
  factors.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  return { probability: sigmoid(z), factors: factors.slice(0, params.topFactors ?? 3) };
}
