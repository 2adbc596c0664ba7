import { z } from 'zod';
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

/** Something the company sells, with a list price per currency. */
export const productSchema = baseRecordSchema.extend({
  sku: z.string().min(1).max(64),
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  unit: z.enum(productUnits),
  /** List prices, at most one per currency (commands check the uniqueness). */
  prices: z.array(moneySchema).max(20),
  taxRateBps: basisPointsSchema,
  category: z.string().max(100).optional(),
  active: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;
