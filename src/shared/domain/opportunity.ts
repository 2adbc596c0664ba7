import { z } from 'zod';
import {
  baseRecordSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  userIdSchema,
} from './baseRecord.ts';
import { moneySchema } from './moneySchema.ts';

export const opportunityStages = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const;
export type OpportunityStage = (typeof opportunityStages)[number];

/** How sure the rep is of an open deal, for the forecast; closed deals are `closed` / `omitted`. */
export const forecastCategories = ['pipeline', 'best_case', 'commit', 'closed', 'omitted'] as const;
export type ForecastCategory = (typeof forecastCategories)[number];

/** One recorded stage change (who, when, from, to), so cycle time and conversion can be computed. */
export const stageChangeSchema = z.object({
  from: z.enum(opportunityStages),
  to: z.enum(opportunityStages),
  at: isoDateTimeSchema,
  by: userIdSchema,
  reason: z.string().max(500).optional(),
});
export type StageChange = z.infer<typeof stageChangeSchema>;

/** A deal being worked with an account. */
export const opportunitySchema = baseRecordSchema.extend({
  accountId: idSchema,
  contactIds: z.array(idSchema).max(50).default([]),
  name: z.string().min(1).max(200),
  stage: z.enum(opportunityStages),
  amount: moneySchema,
  /** Win probability in percent (0-100); defaults per stage come from settings. */
  probability: z.number().int().min(0).max(100),
  expectedCloseDate: isoDateSchema,
  leadId: idSchema.optional(),
  eventId: idSchema.optional(),
  teamId: z.string().min(1).max(64).optional(),
  closedAt: isoDateTimeSchema.optional(),
  lostReason: z.string().max(500).optional(),
  description: z.string().max(10_000).default(''),
  nextStep: z.string().max(500).optional(),
  /** The rep's own call for the forecast; absent means derived from the stage (see forecastCategoryOf). */
  forecastCategory: z.enum(forecastCategories).optional(),
  /** Every stage change, oldest first (see changeOpportunityStage). */
  stageHistory: z.array(stageChangeSchema).max(500).optional(),
});
export type Opportunity = z.infer<typeof opportunitySchema>;
