import { z } from 'zod';
import { addressSchema, countryCodeSchema } from './addressSchema.ts';
import { baseRecordSchema, idSchema, isoDateSchema } from './baseRecord.ts';
import { moneySchema } from './moneySchema.ts';

/** A price the account negotiated for one product, in one currency. */
export const negotiatedPriceSchema = z.object({
  productId: idSchema,
  price: moneySchema,
  validUntil: isoDateSchema.optional(),
});
export type NegotiatedPrice = z.infer<typeof negotiatedPriceSchema>;

/** A customer company (or prospect company once a lead is converted). */
export const accountSchema = baseRecordSchema.extend({
  name: z.string().min(1).max(200),
  industry: z.string().max(100).optional(),
  website: z.string().max(2048).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(254).optional(),
  address: addressSchema.optional(),
  /** Where the account is based; kept outside the address so lists can filter on it. */
  country: countryCodeSchema.optional(),
  /** A team in the team directory (settings); decides who sees and manages the account. */
  teamId: z.string().min(1).max(64).optional(),
  tags: z.array(z.string().min(1).max(50)).max(50).default([]),
  /** The lead this account was converted from, if any. */
  leadId: idSchema.optional(),
  taxId: z.string().max(50).optional(),
  notes: z.string().max(10_000).default(''),
  /** Open receivables above this put the account on credit hold. */
  creditLimit: moneySchema.optional(),
  /** A hold finance set by hand, whatever the figures say. */
  creditHold: z.boolean().optional(),
  paymentTermsDays: z.number().int().min(0).max(365).optional(),
  negotiatedPrices: z.array(negotiatedPriceSchema).max(1000).optional(),
});
export type Account = z.infer<typeof accountSchema>;
