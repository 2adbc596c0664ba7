import { z } from 'zod';
import { localizedTextSchema } from './localizedTextSchema.ts';

const itemId = z.string().min(1).max(36);

/**
 * The largest logo data URL a company profile may hold (about 150 KB of image): the profile
 * syncs to every device and is embedded in every printed quote.
 */
export const companyLogoMaxChars = 200_000;

/** A `data:image/...;base64,` URL of a PNG, JPEG, WebP or SVG image. */
export const logoDataUrlSchema = z
  .string()
  .max(companyLogoMaxChars)
  .regex(/^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/);

/** The seller block printed on quotes and other documents: name, contact details and logo. */
export const companyProfileValueSchema = z.object({
  kind: z.literal('companyProfile'),
  name: z.string().trim().min(1).max(200),
  address: z.string().max(500).optional(),
  /** The registered English name and address, printed on English documents (exporters have both). */
  nameEn: z.string().trim().max(200).optional(),
  addressEn: z.string().max(500).optional(),
  /** ISO 3166 alpha-2 (CN): quote lines for customers in another country carry no domestic VAT. */
  country: z
    .string()
    .regex(/^([A-Z]{2})?$/, 'A two-letter country code, like CN')
    .optional(),
  phone: z.string().max(50).optional(),
  email: z.union([z.email().max(254), z.literal('')]).optional(),
  website: z.string().max(200).optional(),
  taxId: z.string().max(50).optional(),
  logoDataUrl: logoDataUrlSchema.optional(),
});
export type CompanyProfileValue = z.infer<typeof companyProfileValueSchema>;

/** Payment terms sales may offer (`Net 30`), in days after the invoice date; one may be the default. */
export const paymentTermsValueSchema = z.object({
  kind: z.literal('paymentTerms'),
  terms: z
    .array(
      z.object({
        id: itemId,
        label: localizedTextSchema,
        days: z.number().int().min(0).max(365),
        isDefault: z.boolean(),
      }),
    )
    .max(50),
});
export type PaymentTermsValue = z.infer<typeof paymentTermsValueSchema>;

/** Terms-and-conditions texts a quote can start from, per language. */
export const quoteTermsTemplatesValueSchema = z.object({
  kind: z.literal('quoteTermsTemplates'),
  templates: z
    .array(
      z.object({
        id: itemId,
        name: z.string().trim().min(1).max(100),
        language: z.enum(['zh-CN', 'en']),
        text: z.string().trim().min(1).max(10_000),
        isDefault: z.boolean(),
      }),
    )
    .max(50),
});
export type QuoteTermsTemplatesValue = z.infer<typeof quoteTermsTemplatesValueSchema>;

/**
 * The consent statements shown when capturing a lead or contact (GDPR/PIPL), per purpose; a new
 * wording needs a new `version`, so what each person agreed to stays traceable.
 */
export const consentTextsValueSchema = z.object({
  kind: z.literal('consentTexts'),
  texts: z
    .array(
      z.object({
        id: itemId,
        purpose: z.string().trim().min(1).max(50),
        version: z.number().int().min(1).max(10_000),
        text: z.object({ zh: z.string().max(4000), en: z.string().max(4000) }),
      }),
    )
    .max(50),
});
export type ConsentTextsValue = z.infer<typeof consentTextsValueSchema>;
