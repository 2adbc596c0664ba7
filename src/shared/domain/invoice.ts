import { z } from 'zod';
import { addressSchema } from './addressSchema.ts';
import {
  baseRecordSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  userIdSchema,
} from './baseRecord.ts';
import { documentTotalsSchema, lineItemSchema } from './lineItemSchema.ts';
import { basisPointsSchema, currencyCodeSchema, moneySchema } from './moneySchema.ts';

export const invoiceStatuses = [
  'draft',
  'issued',
  'partially_paid',
  'paid',
  'overdue',
  'void',
  'written_off',
] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

export const paymentMethods = [
  'bank_transfer',
  'cash',
  'card',
  'cheque',
  'alipay',
  'wechat_pay',
  'other',
] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** Money received against the invoice, in the invoice currency. */
export const paymentSchema = z.object({
  id: idSchema,
  amount: moneySchema,
  method: z.enum(paymentMethods),
  receivedOn: isoDateSchema,
  reference: z.string().max(100).optional(),
  recordedBy: userIdSchema,
});
export type Payment = z.infer<typeof paymentSchema>;

/** The unpaid rest given up on, by finance or an admin. */
export const writeOffSchema = z.object({
  amount: moneySchema,
  reason: z.string().min(1).max(500),
  by: userIdSchema,
  at: isoDateTimeSchema,
});
export type WriteOff = z.infer<typeof writeOffSchema>;

/** A bill to an account; payments live inside it so the balance is one document read. */
export const invoiceSchema = baseRecordSchema.extend({
  orderId: idSchema.optional(),
  accountId: idSchema,
  number: z.string().min(1).max(64),
  status: z.enum(invoiceStatuses),
  currency: currencyCodeSchema,
  issuedOn: isoDateSchema.optional(),
  dueOn: isoDateSchema.optional(),
  billTo: addressSchema.optional(),
  lines: z.array(lineItemSchema).max(1000),
  orderDiscountBps: basisPointsSchema,
  totals: documentTotalsSchema,
  payments: z.array(paymentSchema).max(500).default([]),
  writeOff: writeOffSchema.optional(),
  voidReason: z.string().max(500).optional(),
  notes: z.string().max(10_000).default(''),
});
export type Invoice = z.infer<typeof invoiceSchema>;
