import { z } from 'zod';
import {
  baseRecordSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  userIdSchema,
} from './baseRecord.ts';
import { documentTotalsSchema, lineItemSchema } from './lineItemSchema.ts';
import { basisPointsSchema, currencyCodeSchema, scaledAmountSchema } from './moneySchema.ts';

export const quoteStatuses = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'accepted',
  'rejected',
  'expired',
] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];

/** The rate from the quote currency to the company's base currency, frozen when the quote is priced. */
export const exchangeRateSnapshotSchema = z.object({
  baseCurrency: currencyCodeSchema,
  rate: scaledAmountSchema,
  asOf: isoDateSchema,
});
export type ExchangeRateSnapshot = z.infer<typeof exchangeRateSnapshotSchema>;

/** A request for a manager's approval (big discount or amount) and its outcome. */
export const quoteApprovalSchema = z.object({
  requestedBy: userIdSchema,
  requestedAt: isoDateTimeSchema,
  reason: z.string().max(1000).optional(),
  decidedBy: userIdSchema.optional(),
  decision: z.enum(['approved', 'rejected']).optional(),
  comment: z.string().max(1000).optional(),
  decidedAt: isoDateTimeSchema.optional(),
});
export type QuoteApproval = z.infer<typeof quoteApprovalSchema>;

/** The customer's acceptance, which turns the quote into a contract. */
export const quoteAcceptanceSchema = z.object({
  signedBy: z.string().min(1).max(200),
  signedAt: isoDateTimeSchema,
  contractNumber: z.string().min(1).max(64),
  signerTitle: z.string().max(200).optional(),
  /** The signature drawn on the rep's screen, as a PNG/JPEG/SVG data URL. */
  signatureDataUrl: z
    .string()
    .max(500_000)
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/)
    .optional(),
  /** The user who captured the acceptance. */
  recordedBy: userIdSchema.optional(),
});
export type QuoteAcceptance = z.infer<typeof quoteAcceptanceSchema>;

/** Days from invoice to due date ("net 30" = 30). */
export const paymentTermsDaysSchema = z.number().int().min(0).max(365);

/** The contract an accepted quote becomes: its term, payment terms and when to talk renewal. */
export const contractTermsSchema = z.object({
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  paymentTermsDays: paymentTermsDaysSchema,
  renewalOn: isoDateSchema.optional(),
});
export type ContractTerms = z.infer<typeof contractTermsSchema>;

/** What a revised quote looked like before the revision; kept so the customer's earlier copy can be shown. */
export const quoteVersionSnapshotSchema = z.object({
  version: z.number().int().min(1),
  status: z.enum(quoteStatuses),
  lines: z.array(lineItemSchema).max(1000),
  orderDiscountBps: basisPointsSchema,
  totals: documentTotalsSchema,
  validUntil: isoDateSchema,
  approval: quoteApprovalSchema.optional(),
  revisedAt: isoDateTimeSchema,
  revisedBy: userIdSchema,
});
export type QuoteVersionSnapshot = z.infer<typeof quoteVersionSnapshotSchema>;

/** A priced offer to an account; versions, approval and contract terms live inside it. */
export const quoteSchema = baseRecordSchema.extend({
  opportunityId: idSchema.optional(),
  accountId: idSchema,
  contactId: idSchema.optional(),
  number: z.string().min(1).max(64),
  version: z.number().int().min(1),
  status: z.enum(quoteStatuses),
  currency: currencyCodeSchema,
  exchangeRate: exchangeRateSnapshotSchema.optional(),
  lines: z.array(lineItemSchema).max(1000),
  orderDiscountBps: basisPointsSchema,
  totals: documentTotalsSchema,
  validUntil: isoDateSchema,
  approval: quoteApprovalSchema.optional(),
  terms: z.string().max(20_000).default(''),
  /** The language the quote is printed in. */
  language: z.enum(['zh-CN', 'en']).optional(),
  paymentTermsDays: paymentTermsDaysSchema.optional(),
  sentAt: isoDateTimeSchema.optional(),
  acceptance: quoteAcceptanceSchema.optional(),
  contract: contractTermsSchema.optional(),
  rejectionReason: z.string().max(500).optional(),
  previousVersions: z.array(quoteVersionSnapshotSchema).max(50).default([]),
});
export type Quote = z.infer<typeof quoteSchema>;
