import { z } from 'zod';
import { idSchema, isoDateTimeSchema, userIdSchema } from '../domain/baseRecord.ts';
import { maxQuantityMilli } from '../domain/lineItemSchema.ts';

/**
 * receipt (goods in), adjustment (stock count, ±), reservation (held for a confirmed order),
 * release (a reservation given back), shipment (goods out, also using up the order's hold).
 */
export const stockMovementKinds = [
  'receipt',
  'adjustment',
  'reservation',
  'release',
  'shipment',
] as const;
export type StockMovementKind = (typeof stockMovementKinds)[number];

/**
 * One entry in the append-only stock ledger. Movements are never edited, so devices that
 * append offline merge by id and agree. `reference` is the order id for reservations,
 * releases and shipments, else a receipt or count reference.
 */
export const stockMovementSchema = z.object({
  id: z.string().min(1).max(100),
  productId: idSchema,
  kind: z.enum(stockMovementKinds),
  /** Thousandths; positive except for adjustments, which may go either way. */
  quantityMilli: z.number().int().min(-maxQuantityMilli).max(maxQuantityMilli),
  reference: z.string().min(1).max(100),
  at: isoDateTimeSchema,
  by: userIdSchema,
});
export type StockMovement = z.infer<typeof stockMovementSchema>;
