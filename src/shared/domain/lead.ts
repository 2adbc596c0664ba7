import { z } from 'zod';
import { baseRecordSchema, idSchema, isoDateTimeSchema } from './baseRecord.ts';
import { qualificationAnswerSchema } from './event.ts';
import { moneySchema } from './moneySchema.ts';
import { purchaseTimelines } from './purchaseTimeline.ts';

export { type PurchaseTimeline, purchaseTimelines } from './purchaseTimeline.ts';

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
  /** Version of the consent text shown (e.g. the event's consent version), for PIPL/GDPR evidence. */
  version: z.string().max(40).optional(),
});
export type Consent = z.infer<typeof consentSchema>;

/** Where a lead came from beyond `source`: UTM parameters, the referring page and the web form. */
export const leadAttributionSchema = z.object({
  source: z.string().max(200).optional(),
  medium: z.string().max(200).optional(),
  campaign: z.string().max(200).optional(),
  term: z.string().max(200).optional(),
  content: z.string().max(200).optional(),
  referrer: z.string().max(500).optional(),
  formKey: z.string().max(64).optional(),
});
export type LeadAttribution = z.infer<typeof leadAttributionSchema>;

/** Which assignment rule gave the lead its owner, and when (the server decides it). */
export const leadAssignmentSchema = z.object({
  ruleId: z.string().min(1).max(64),
  ruleName: z.string().max(200),
  at: isoDateTimeSchema,
});
export type LeadAssignment = z.infer<typeof leadAssignmentSchema>;

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
  /** The 0-100 score from the scoring rules in settings (see scoreLead), stored so lists can sort by it. */
  score: z.number().int().min(-100_000).max(100_000).optional(),
  /** Province, state or sales region, finer than the country (scoring rules may match it). */
  region: z.string().max(100).optional(),
  /** Number of employees, as the lead or a rep estimated it. */
  companySize: z.number().int().min(0).max(10_000_000).optional(),
  /** The budget the lead has for the purchase (the B of BANT). */
  budget: moneySchema.optional(),
  purchaseTimeline: z.enum(purchaseTimelines).optional(),
  /** Leads merged into this one (see mergeLeads); their records are deleted. */
  mergedLeadIds: z.array(idSchema).max(50).optional(),
  /** Set when the lead is converted (see convertLead): what it became. */
  convertedAt: isoDateTimeSchema.optional(),
  convertedAccountId: idSchema.optional(),
  convertedContactId: idSchema.optional(),
  convertedOpportunityId: idSchema.optional(),
  /** Postal code, for territory assignment by prefix. */
  postalCode: z.string().max(20).optional(),
  /** The product or product line the lead asked about (assignment rules may route on it). */
  productInterest: z.string().max(200).optional(),
  /** UTM parameters, referrer and web form the lead came in through. */
  attribution: leadAttributionSchema.optional(),
  /** True while the lead waits for the server's assignment rules to give it an owner. */
  needsAssignment: z.boolean().optional(),
  /** The rule that assigned the lead (see src/shared/assignment). */
  assignment: leadAssignmentSchema.optional(),
});
export type Lead = z.infer<typeof leadSchema>;
