import { z } from 'zod';
import { isoDateTimeSchema, userIdSchema } from '../domain/baseRecord.ts';

/** One reliability bin: leads predicted in [from, to), how many, and how many were won. */
export const calibrationBinSchema = z.object({
  from: z.number().min(0).max(1),
  to: z.number().min(0).max(1),
  count: z.number().int().min(0),
  meanPredicted: z.number().min(0).max(1),
  observedRate: z.number().min(0).max(1),
});
export type CalibrationBin = z.infer<typeof calibrationBinSchema>;

/** How good the model is, measured honestly on leads it was not trained on. */
export const modelQualitySchema = z.object({
  examples: z.number().int().min(0),
  positives: z.number().int().min(0),
  heldOut: z.number().int().min(0),
  heldOutAuc: z.number().min(0).max(1),
  calibration: z.array(calibrationBinSchema).max(20),
});
export type ModelQuality = z.infer<typeof modelQualitySchema>;

/** A trained logistic regression: bias, one weight per feature, and numeric feature scales. */
export const logisticModelSchema = z.object({
  bias: z.number(),
  weights: z.array(z.object({ feature: z.string().min(1).max(200), weight: z.number() })).max(2000),
});
export type LogisticModel = z.infer<typeof logisticModelSchema>;

/**
 * The `predictiveModel` setting: the learned win model devices evaluate, or the record that there
 * was too little history to learn one (devices then show only the rule score).
 */
export const predictiveModelValueSchema = z.object({
  kind: z.literal('predictiveModel'),
  trainedAt: isoDateTimeSchema,
  trainedBy: userIdSchema,
  status: z.enum(['trained', 'insufficientHistory']),
  /** Examples (won + lost leads) found, and the minimum needed. */
  examples: z.number().int().min(0),
  minimumExamples: z.number().int().min(0),
  model: logisticModelSchema.optional(),
  quality: modelQualitySchema.optional(),
});
export type PredictiveModelValue = z.infer<typeof predictiveModelValueSchema>;
