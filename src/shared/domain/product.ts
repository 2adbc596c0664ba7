import { z } from 'zod';
import { stockMovementSchema } from '../orders/stockMovement.ts';
import { baseRecordSchema } from './baseRecord.ts';
import { localizedTextSchema } from './localizedTextSchema.ts';
import { basisPointsSchema, moneySchema } from './moneySchema.ts';

export const productUnits = [
  'piece',
  'set',
  'box',
  'kg',
  'meter',
  'hour',
  'day',
  'license',
  'month',
  'year',
] as const;
export type ProductUnit = (typeof productUnits)[number];

/**
 * Goods are counted, reserved and shipped from stock; a service (installation, training, a
 * warranty, a licence) is sold and delivered without stock.
 */
export const productKinds = ['goods', 'service'] as const;
export type ProductKind = (typeof productKinds)[number];

/** The movements a product document may carry: receipts and adjustments, never order-driven ones. */
export const productStockMovementKinds = ['receipt', 'adjustment'] as const;

/** A receipt or adjustment as stored in the product's ledger. */
export const productStockMovementSchema = stockMovementSchema.extend({
  kind: z.enum(productStockMovementKinds),
});
export type ProductStockMovement = z.infer<typeof productStockMovementSchema>;

/** Something the company sells, with a list price per currency. */
export const productSchema = baseRecordSchema.extend({
  sku: z.string().min(1).max(64),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  unit: z.enum(productUnits),
  /** Absent on products saved before services existed: those are goods. */
  kind: z.enum(productKinds).optional(),
  /** List prices, at most one per currency (commands check the uniqueness). */
  prices: z.array(moneySchema).max(20),
  taxRateBps: basisPointsSchema,
  category: z.string().max(100).optional(),
  active: z.boolean(),
  /**
   * The product's own part of the append-only stock ledger: goods received and stock counts
   * (operations only). Reservations and shipments are never stored here; they follow from the
   * orders (see `orderStockMovements`), so no device ever overwrites a stock counter.
   */
  stockMovements: z.array(productStockMovementSchema).max(5000).default([]),
});
export type Product = z.infer<typeof productSchema>;

/** Tells whether stock is counted for a product (goods); services have no stock figures. */
export function tracksStock(product: Pick<Product, 'kind'>): boolean {
  return product.kind !== 'service';
}
