import { predictWin, type TrainingExample, trainLogisticRegression } from './logisticRegression.ts';
import { areaUnderCurve, calibrationBins } from './modelQuality.ts';
import type { LogisticModel, ModelQuality } from './predictiveModelSchema.ts';
import { seededRandom, shuffled } from './seededRandom.ts';

/** Fewer won + lost leads than this and the model declines: it would learn noise. */
export const minimumTrainingExamples = 60;
/** Each outcome needs at least this many examples. */
export const minimumPerOutcome = 15;

export type TrainingResult =
  | { status: 'insufficientHistory'; examples: number; minimumExamples: number }
  | {
      status: 'trained';
      examples: number;
      minimumExamples: number;
      model: LogisticModel;
      quality: ModelQuality;
    };

/**
 * Learns the win model from past won/lost leads. Quality is measured on a stratified quarter held
 * out from training (AUC and reliability bins); the distributed model is then fit on all examples.
 * Declines below `minimumExamples` or with fewer than `minimumPerOutcome` of either outcome.
 */
export function trainPredictiveModel(params: {
  examples: readonly TrainingExample[];
  seed: number;
  minimumExamples?: number;
}): TrainingResult {
  const minimumExamples = params.minimumExamples ?? minimumTrainingExamples;
  const won = params.examples.filter((example) => example.won);
  const lost = params.examples.filter((example) => !example.won);
  const examples = params.examples.length;
  if (
    examples < minimumExamples ||
    won.length < minimumPerOutcome ||
    lost.length < minimumPerOutcome
  ) {
    return { status: 'insufficientHistory', examples, minimumExamples };
  }
  const random = seededRandom(params.seed);
  const split = (items: readonly TrainingExample[]) => {
    const mixed = shuffled(items, random);
    const cut = Math.max(1, Math.round(mixed.length / 4));
    return { heldOut: mixed.slice(0, cut), train: mixed.slice(cut) };
  };
  const a = split(won);
  const b = split(lost);
  const heldOut = [...a.heldOut, ...b.heldOut];
  const probe = trainLogisticRegression({ examples: [...a.train, ...b.train] });
  const scored = heldOut.map((example) => ({
    probability: predictWin({ model: probe, features: example.features }).probability,
    won: example.won,
  }));
  const quality: ModelQuality = {
    examples,
    positives: won.length,
    heldOut: heldOut.length,
    heldOutAuc: areaUnderCurve(scored) ?? 0.5,
    calibration: calibrationBins(scored),
  };
  const model = trainLogisticRegression({ examples: params.examples });
  return { status: 'trained', examples, minimumExamples, model, quality };
}
