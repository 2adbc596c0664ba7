import { z } from 'zod';
import { idSchema } from '../domain/baseRecord.ts';
import { leadSources } from '../domain/lead.ts';

/** Lead fields a web form may ask for; `message` goes into the lead's notes. */
export const leadFormFieldNames = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'title',
  'country',
  'region',
  'postalCode',
  'industry',
  'companySize',
  'productInterest',
  'message',
] as const;
export type LeadFormFieldName = (typeof leadFormFieldNames)[number];

/** A form key travels in URLs: lower-case letters, digits and dashes. */
export const leadFormKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/, 'lower-case letters, digits and dashes (3-64)');

/** A browser origin (`https://www.example.com`, no path), as the Origin header sends it. */
export const webOriginSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, 'an origin such as https://www.example.com');

/** One web-to-lead form a manager defines: what it asks, what it answers, who may embed it. */
export const leadFormSchema = z.object({
  key: leadFormKeySchema,
  name: z.string().min(1).max(100),
  active: z.boolean(),
  fields: z
    .array(z.object({ name: z.enum(leadFormFieldNames), required: z.boolean() }))
    .min(1)
    .max(leadFormFieldNames.length),
  /** Shown next to the consent checkbox and stored with the lead's consent. */
  consentText: z.string().max(2000),
  consentRequired: z.boolean(),
  thankYouMessage: z.string().min(1).max(500),
  /** Where a plain (script-less) form post is sent after the lead is taken. */
  redirectUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  /** Origins whose pages may post with fetch and read the answer (CORS). */
  allowedOrigins: z.array(webOriginSchema).max(20),
  source: z.enum(leadSources),
  eventId: idSchema.optional(),
  /** The campaign credited when the page sends no `utm_campaign`. */
  campaign: z.string().max(200).optional(),
  /** Posts accepted per minute for this form (all senders together). */
  maxPerMinute: z.number().int().min(1).max(10_000).optional(),
});
export type LeadForm = z.infer<typeof leadFormSchema>;

/** The company's web-to-lead forms (`leadForms` setting). */
export const leadFormsValueSchema = z.object({
  kind: z.literal('leadForms'),
  forms: z.array(leadFormSchema).max(100),
});
export type LeadFormsValue = z.infer<typeof leadFormsValueSchema>;
