import { z } from 'zod';
import { addressSchema } from './addressSchema.ts';
import { baseRecordSchema, idSchema, isoDateSchema, isoDateTimeSchema } from './baseRecord.ts';
import { documentTotalsSchema, lineItemSchema, maxQuantityMilli } from './lineItemSchema.ts';
import { basisPointsSchema, currencyCodeSchema } from './moneySchema.ts';

export const orderStatuses = [
  'draft',
  'confirmed',
  'in_fulfillment',
  'fulfilled',
  'closed',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** How much of one order line went out in a shipment. */
export const shipmentLineSchema = z.object({
  orderLineId: idSchema,
  quantityMilli: z.number().int().min(1).max(maxQuantityMilli),
});

/** One delivery of some or all of the order's lines. */
export const shipmentSchema = z.object({
  id: idSchema,
  lines: z.array(shipmentLineSchema).min(1).max(1000),
  carrier: z.string().max(100).optional(),
  trackingNumber: z.string().max(100).optional(),
  shippedAt: isoDateTimeSchema.optional(),
  deliveredAt: isoDateTimeSchema.optional(),
  note: z.string().max(1000).optional(),
});
export type Shipment = z.infer<typeof shipmentSchema>;

/** A confirmed sale to fulfil, usually made from an accepted quote; shipments live inside it. */
export const orderSchema = baseRecordSchema.extend({
  quoteId: idSchema.optional(),
  /** The quote version the order was made from. */
  quoteVersion: z.number().int().min(1).optional(),
  contractNumber: z.string().max(64).optional(),
  opportunityId: idSchema.optional(),
  accountId: idSchema,
  number: z.string().min(1).max(64),
  status: z.enum(orderStatuses),
  currency: currencyCodeSchema,
  lines: z.array(lineItemSchema).max(1000),
  orderDiscountBps: basisPointsSchema,
  totals: documentTotalsSchema,
  shipTo: addressSchema.optional(),
  billTo: addressSchema.optional(),
  requestedDeliveryDate: isoDateSchema.optional(),
  customerReference: z.string().max(100).optional(),
  confirmedAt: isoDateTimeSchema.optional(),
  shipments: z.array(shipmentSchema).max(200).default([]),
  cancelReason: z.string().max(500).optional(),
  terms: z.string().max(20_000).optional(),
  paymentTermsDays: z.number().int().min(0).max(365).optional(),
});
export type Order = z.infer<typeof orderSchema>;
