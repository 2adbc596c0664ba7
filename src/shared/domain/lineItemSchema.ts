import { z } from 'zod';
import { idSchema } from './baseRecord.ts';
import { basisPointsSchema } from './moneySchema.ts';

/** Largest quantity a line may carry: one billion units, in thousandths. */
export const maxQuantityMilli = 1_000_000_000_000;

/**
 * One priced line of a quote, order or invoice. Quantities are integer thousandths (2.5 hours =
 * 2500) so fractional units stay exact; prices are integer minor units of the document currency.
 */
export const lineItemSchema = z.object({
  id: idSchema,
  productId: idSchema.optional(),
  /** The quote or order line this one was copied from, so ordered and invoiced quantities trace back. */
  sourceLineId: idSchema.optional(),
  sku: z.string().max(64).optional(),
  description: z.string().min(1).max(2000),
  unit: z.string().max(20).optional(),
  quantityMilli: z.number().int().min(0).max(maxQuantityMilli),
  unitPrice: z.number().int().min(0),
  discountBps: basisPointsSchema,
  taxRateBps: basisPointsSchema,
});
export type LineItem = z.infer<typeof lineItemSchema>;

/** Totals of a priced document in minor units, as computed by `computeQuoteTotals` when saved. */
export const documentTotalsSchema = z.object({
  subtotal: z.number().int(),
  discount: z.number().int(),
  tax: z.number().int(),
  total: z.number().int(),
});
export type DocumentTotals = z.infer<typeof documentTotalsSchema>;
