import { z } from 'zod';
import { baseRecordSchema, idSchema, isoDateTimeSchema } from './baseRecord.ts';
import { qualificationAnswerSchema } from './event.ts';

export const leadSources = [
  'trade_show',
  'website',
  'social',
  'ad',
  'referral',
  'import',
  'other',
] as const;
export type LeadSource = (typeof leadSources)[number];

export const leadStatuses = ['new', 'contacted', 'qualified', 'disqualified', 'converted'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

export const leadRatings = ['hot', 'warm', 'cold'] as const;
export type LeadRating = (typeof leadRatings)[number];

/** Consent to be contacted, as the lead gave it (GDPR / PIPL). */
export const consentSchema = z.object({
  given: z.boolean(),
  at: isoDateTimeSchema.optional(),
  text: z.string().max(2000).optional(),
});
export type Consent = z.infer<typeof consentSchema>;

export const leadSchema = baseRecordSchema.extend({
  firstName: z.string().max(100).default(''),
  lastName: z.string().max(100).default(''),
  company: z.string().max(200).default(''),
  title: z.string().max(200).default(''),
  email: z.string().max(254).default(''),
  phone: z.string().max(40).default(''),
  source: z.enum(leadSources),
  eventId: idSchema.optional(),
  status: z.enum(leadStatuses),
  rating: z.enum(leadRatings).optional(),
  notes: z.string().max(10000).default(''),
  consent: consentSchema,
  industry: z.string().max(100).optional(),
  country: z.string().max(100).optional(),
  disqualifyReason: z.string().max(500).optional(),
  /** Answers to the event's qualification questions, captured at the booth. */
  answers: z.array(qualificationAnswerSchema).max(50).optional(),
  /** Points from the scoring rules in settings (see scoreLead), stored so lists can sort by it. */
  score: z.number().int().min(-100_000).max(100_000).optional(),
});
export type Lead = z.infer<typeof leadSchema>;
