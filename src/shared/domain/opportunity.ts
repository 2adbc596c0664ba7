import { z } from 'zod';
import { baseRecordSchema, idSchema, isoDateSchema, isoDateTimeSchema } from './baseRecord.ts';
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
});
export type Opportunity = z.infer<typeof opportunitySchema>;
