import { type CountryCode, isPossiblePhoneNumber, isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { idSchema } from './baseRecord.ts';
import { qualificationAnswerSchema } from './event.ts';
import { consentSchema, leadRatings, leadSources, purchaseTimelines } from './lead.ts';
import { moneySchema } from './moneySchema.ts';

/** What a person types or scans to capture a lead: every field the capture form has. */
export const leadDraftSchema = z.object({
  firstName: z.string().trim().max(100).default(''),
  lastName: z.string().trim().max(100).default(''),
  company: z.string().trim().max(200).default(''),
  title: z.string().trim().max(200).default(''),
  email: z.string().trim().max(254).default(''),
  phone: z.string().trim().max(40).default(''),
  source: z.enum(leadSources).default('other'),
  eventId: idSchema.optional(),
  rating: z.enum(leadRatings).optional(),
  notes: z.string().max(10000).default(''),
  consent: consentSchema.default({ given: false }),
  industry: z.string().trim().max(100).optional(),
  country: z.string().trim().max(100).optional(),
  // What qualifying the lead found out (the scoring rules read these); the edit form has them.
  region: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  productInterest: z.string().trim().max(200).optional(),
  companySize: z.number().int().min(0).max(10_000_000).optional(),
  budget: moneySchema
    .refine((budget) => budget.amount >= 0, { message: 'A budget is not negative' })
    .optional(),
  purchaseTimeline: z.enum(purchaseTimelines).optional(),
  /** Answers to the event's qualification questions (booth capture). */
  answers: z.array(qualificationAnswerSchema).max(50).optional(),
});
export type LeadDraft = z.infer<typeof leadDraftSchema>;
export type LeadDraftInput = z.input<typeof leadDraftSchema>;

export type LeadDraftField = keyof LeadDraft | 'name' | 'contact';

/** Machine-readable reasons a draft is refused; the UI translates `leads.errors.<code>`. */
export type LeadDraftIssueCode =
  | 'nameOrCompanyRequired'
  | 'contactRequired'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'tooLong'
  | 'invalidValue'
  /** A budget that is not an amount of money (the form reads what was typed). */
  | 'invalidAmount'
  /** A company size that is not a whole number of people. */
  | 'invalidCount';

export type LeadDraftIssue = { field: LeadDraftField; code: LeadDraftIssueCode };

export type LeadDraftValidation =
  | { ok: true; value: LeadDraft }
  | { ok: false; issues: LeadDraftIssue[] };

// Internationalised addresses (müller@…, 王@例子.中国) are real and must be accepted.
export const emailSchema = z.email({ pattern: z.regexes.unicodeEmail });

/**
 * Tells whether a phone number could be dialled; numbers without a `+` are read in
 * `defaultCountry` (a country code, as a record holds it), China when it names no country.
 */
export function isPlausiblePhone(phone: string, defaultCountry?: string): boolean {
  const trimmed = phone.trim();
  if (!/^[+\d][\d\s().\-/]*$/.test(trimmed)) return false;
  const country = defaultCountry && isSupportedCountry(defaultCountry) ? defaultCountry : 'CN';
  return isPossiblePhoneNumber(trimmed, country);
}

/**
 * Checks a lead draft the way capture, import and scanning all must: a name or a company, at
 * least one way to reach the person, and a well-formed email and phone where given.
 */
export function validateLeadDraft(
  input: LeadDraftInput,
  options: { defaultCountry?: CountryCode } = {},
): LeadDraftValidation {
  const parsed = leadDraftSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        field: (issue.path[0] as LeadDraftField | undefined) ?? 'name',
        code: issue.code === 'too_big' ? 'tooLong' : 'invalidValue',
      })),
    };
  }
  const draft = parsed.data;
  const issues: LeadDraftIssue[] = [];
  if (!draft.firstName && !draft.lastName && !draft.company) {
    issues.push({ field: 'name', code: 'nameOrCompanyRequired' });
  }
  if (!draft.email && !draft.phone) {
    issues.push({ field: 'contact', code: 'contactRequired' });
  }
  if (draft.email && !emailSchema.safeParse(draft.email).success) {
    issues.push({ field: 'email', code: 'invalidEmail' });
  }
  if (draft.phone && !isPlausiblePhone(draft.phone, options.defaultCountry)) {
    issues.push({ field: 'phone', code: 'invalidPhone' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: draft };
}
