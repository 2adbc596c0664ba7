import { z } from 'zod';
import type { LeadForm, LeadFormFieldName } from '../../shared/webToLead/leadFormsSchema.ts';

/** The hidden field real people never fill; a post with it filled is taken to be a bot. */
export const honeypotField = 'website';

/** Attribution fields a page may send along (from its URL's UTM parameters and referrer). */
export const attributionFields = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'referrer',
] as const;

const text = (max: number) => z.string().trim().max(max);
const fieldSchemas: Record<LeadFormFieldName, z.ZodType<string | number>> = {
  firstName: text(100),
  lastName: text(100),
  email: z.string().trim().max(254).pipe(z.email()),
  phone: text(40).regex(/^[+\d\s()./-]*$/, 'digits, spaces and + ( ) . / - only'),
  company: text(200),
  title: text(200),
  country: text(100),
  region: text(100),
  postalCode: text(20),
  industry: text(100),
  companySize: z.coerce.number().int().min(0).max(10_000_000),
  productInterest: text(200),
  message: text(5000),
};

const consentValue = z.union([z.literal(true), z.enum(['on', 'true', 'yes', '1'])]);

/**
 * The strict schema of a post to `form`: its fields (required ones non-empty), consent, the
 * honeypot, and attribution. Unknown fields are refused, so a post meant for another form fails.
 */
export function intakeBodySchema(form: LeadForm) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of form.fields) {
    const schema = fieldSchemas[field.name];
    // An empty optional input arrives as '' from a form post; it means "not given".
    shape[field.name] = field.required
      ? z.preprocess((value) => (value === '' ? undefined : value), schema)
      : z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
  }
  shape.consent = form.consentRequired ? consentValue : consentValue.optional();
  shape[honeypotField] = z.string().max(500).optional();
  for (const name of attributionFields)
    shape[name] = text(name === 'referrer' ? 500 : 200).optional();
  return z.strictObject(shape);
}

/** A post as the schema reads it. */
export type IntakeBody = Partial<Record<LeadFormFieldName, string | number>> & {
  consent?: true | string;
  website?: string;
} & Partial<Record<(typeof attributionFields)[number], string>>;
