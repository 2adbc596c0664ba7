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
  /** Groups the parts of one customer transfer split across several invoices. */
  receiptId: idSchema.optional(),
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

export const dunningLevels = ['reminder', 'second_reminder', 'final_notice'] as const;
export type DunningLevel = (typeof dunningLevels)[number];

/** A payment reminder sent for the invoice. */
export const dunningNoticeSchema = z.object({
  level: z.enum(dunningLevels),
  sentAt: isoDateTimeSchema,
  by: userIdSchema,
});
export type DunningNotice = z.infer<typeof dunningNoticeSchema>;

/** A milestone invoice bills this share of the order, not shipped quantities. */
export const invoiceMilestoneSchema = z.object({
  label: z.string().max(200),
  percentBps: z.number().int().min(1).max(10_000),
});

/** A bill to an account; payments live inside it so the balance is one document read. */
export const invoiceSchema = baseRecordSchema.extend({
  orderId: idSchema.optional(),
  accountId: idSchema,
  number: z.string().min(1).max(64),
  /** The device's provisional number, kept once the server has assigned the final one. */
  provisionalNumber: z.string().max(64).optional(),
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
  voidedAt: isoDateTimeSchema.optional(),
  milestone: invoiceMilestoneSchema.optional(),
  /** Days from issue to due date, copied from the order ("net 30"). */
  paymentTermsDays: z.number().int().min(0).max(365).optional(),
  dunning: z.array(dunningNoticeSchema).max(20).optional(),
  notes: z.string().max(10_000).default(''),
});
export type Invoice = z.infer<typeof invoiceSchema>;
