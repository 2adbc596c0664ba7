import { z } from 'zod';
import { countryCodeSchema } from './addressSchema.ts';
import { baseRecordSchema, isoDateSchema } from './baseRecord.ts';
import { moneySchema } from './moneySchema.ts';
import { purchaseTimelines } from './purchaseTimeline.ts';

export const eventKinds = ['trade_show', 'conference', 'campaign', 'webinar', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const qualificationQuestionTypes = [
  'single',
  'multiple',
  'yesno',
  'text',
  'rating',
] as const;
export type QualificationQuestionType = (typeof qualificationQuestionTypes)[number];

/** Lead fields a single-choice question can fill in from the option the visitor picks. */
export const questionFillFields = ['budget', 'companySize', 'purchaseTimeline'] as const;
export type QuestionFillField = (typeof questionFillFields)[number];

/**
 * A choice in a single/multiple-choice question; ids stay stable when labels are edited. The
 * value it gives the lead field its question fills (`fills`) sits beside it: "≥ 100k" is a
 * budget of ¥100,000, "50–200 staff" a company of 50.
 */
export const questionOptionSchema = z.object({
  id: z.string().min(1).max(36),
  label: z.string().min(1).max(200),
  budget: moneySchema.optional(),
  companySize: z.number().int().min(0).max(10_000_000).optional(),
  purchaseTimeline: z.enum(purchaseTimelines).optional(),
});
export type QuestionOption = z.infer<typeof questionOptionSchema>;

/**
 * A question staff ask at the booth. `options` is used by single/multiple questions only,
 * `ratingMax` by rating questions (1..ratingMax); one flat shape keeps the JSON schema simple.
 */
export const qualificationQuestionSchema = z.object({
  id: z.string().min(1).max(36),
  type: z.enum(qualificationQuestionTypes),
  prompt: z.string().min(1).max(500),
  required: z.boolean().default(false),
  options: z.array(questionOptionSchema).max(50).default([]),
  ratingMax: z.number().int().min(2).max(10).optional(),
  /** The lead field a single-choice answer fills in (budget, company size, buying when). */
  fills: z.enum(questionFillFields).optional(),
});
export type QualificationQuestion = z.infer<typeof qualificationQuestionSchema>;

/**
 * A lead's answer to one qualification question, in the field its type uses: `optionIds` for
 * single/multiple, `yes` for yes/no, `text` for text, `rating` for rating.
 */
export const qualificationAnswerSchema = z.object({
  questionId: z.string().min(1).max(36),
  optionIds: z.array(z.string().min(1).max(36)).max(50).optional(),
  yes: z.boolean().optional(),
  text: z.string().max(2000).optional(),
  rating: z.number().int().min(0).max(10).optional(),
});
export type QualificationAnswer = z.infer<typeof qualificationAnswerSchema>;

/**
 * The consent statement visitors agree to at the booth, in both languages; `version` changes
 * whenever the wording does, so each lead records exactly which text it agreed to.
 */
export const eventConsentSchema = z.object({
  version: z.string().min(1).max(40),
  textEn: z.string().max(2000).default(''),
  textZh: z.string().max(2000).default(''),
});
export type EventConsent = z.infer<typeof eventConsentSchema>;

/** A trade show, conference or campaign that leads come from. Named FieldEvent to avoid the DOM's Event. */
export const eventSchema = baseRecordSchema.extend({
  name: z.string().min(1).max(200),
  kind: z.enum(eventKinds),
  venue: z.string().max(300).optional(),
  city: z.string().max(100).optional(),
  country: countryCodeSchema.optional(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  cost: moneySchema.optional(),
  teamId: z.string().min(1).max(64).optional(),
  /** Booth or campaign code printed on badges and landing pages. */
  code: z.string().max(50).optional(),
  qualificationQuestions: z.array(qualificationQuestionSchema).max(50).default([]),
  notes: z.string().max(10_000).default(''),
  /** The consent text shown at capture; leads store its version with their consent. */
  consent: eventConsentSchema.optional(),
});
export type FieldEvent = z.infer<typeof eventSchema>;
