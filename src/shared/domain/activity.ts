import { z } from 'zod';
import { baseRecordSchema, idSchema, isoDateTimeSchema, userIdSchema } from './baseRecord.ts';

export const activityTypes = ['call', 'visit', 'email', 'meeting', 'note', 'task'] as const;
export type ActivityType = (typeof activityTypes)[number];

/** Collections an activity can hang off. */
export const activityRelatedCollections = [
  'leads',
  'accounts',
  'contacts',
  'opportunities',
  'tickets',
] as const;
export type ActivityRelatedCollection = (typeof activityRelatedCollections)[number];

export const activityDirections = ['inbound', 'outbound'] as const;

/**
 * Activities the app words itself: an automation rule's task, a contract renewal, a collections
 * step, a hot lead's follow-up after a show, a booth visit. Such an activity keeps its kind and
 * values, so each reader sees the subject in their own language (see `generatedSubject` below).
 */
export const generatedSubjectKinds = [
  'leadBecameHot',
  'opportunityIdle',
  'quoteExpiring',
  'invoiceOverdue',
  'contractRenewal',
  'dunningReminder',
  'dunningSecondReminder',
  'dunningFinalNotice',
  'dunningEscalation',
  'hotLeadFollowUp',
  'boothVisit',
] as const;
export type GeneratedSubjectKind = (typeof generatedSubjectKinds)[number];

/** A generated subject's kind and the values its wording takes (names, numbers, ISO dates). */
export const generatedSubjectSchema = z.object({
  kind: z.enum(generatedSubjectKinds),
  params: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])),
});
export type GeneratedSubject = z.infer<typeof generatedSubjectSchema>;

/** The record an activity belongs to (its timeline). */
export const relatedRecordSchema = z.object({
  collection: z.enum(activityRelatedCollections),
  id: idSchema,
});
export type RelatedRecord = z.infer<typeof relatedRecordSchema>;

/**
 * A call, visit, email, meeting, note or task, on the timeline of one record. Task fields
 * (`dueAt`, `reminderAt`, `done`) are in every activity so one flat schema serves all types;
 * `done` is simply true for things that already happened.
 */
export const activitySchema = baseRecordSchema.extend({
  type: z.enum(activityTypes),
  subject: z.string().min(1).max(200),
  body: z.string().max(20_000).default(''),
  related: relatedRecordSchema,
  /** When it happened (or, for a task, when it was planned). */
  occurredAt: isoDateTimeSchema,
  durationMinutes: z.number().int().min(0).max(10_080).optional(),
  direction: z.enum(activityDirections).optional(),
  location: z.string().max(300).optional(),
  contactIds: z.array(idSchema).max(50).default([]),
  dueAt: isoDateTimeSchema.optional(),
  reminderAt: isoDateTimeSchema.optional(),
  assigneeId: userIdSchema.optional(),
  done: z.boolean().default(false),
  doneAt: isoDateTimeSchema.optional(),
  /**
   * Set on activities the app made (rules, renewals, collections, follow-ups, booth visits):
   * `subject` holds the words of the device that made it (exports, older devices), readers word
   * it in their own language.
   */
  generatedSubject: generatedSubjectSchema.optional(),
  /** Set on tasks an automation rule made: which rule, and the occasion (one task per occasion). */
  automation: z
    .object({
      ruleId: z.string().min(1).max(64),
      ruleName: z.string().max(200),
      key: z.string().min(1).max(200),
    })
    .optional(),
});
export type Activity = z.infer<typeof activitySchema>;
