import { z } from 'zod';

/** An ISO 4217 alphabetic currency code such as `CNY`, `USD`, `EUR`, `JPY`. */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/);
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;

/** An amount in integer minor units (fen, cents; yen for JPY); never a float. */
export const minorUnitsSchema = z.number().int();

/** Money as stored in records: integer minor units plus the ISO currency. */
export const moneySchema = z.object({
  amount: minorUnitsSchema,
  currency: currencyCodeSchema,
});
export type MoneyRecord = z.infer<typeof moneySchema>;

/** A rate in basis points: 1 bp = 0.01 %, so 10000 = 100 % (discounts, tax rates). */
export const basisPointsSchema = z.number().int().min(0).max(10_000);

/**
 * An exact decimal as an integer and a power-of-ten scale (7.1234 = { amount: 71234, scale: 4 }),
 * the shape Dinero.js uses for exchange rates; keeps rates out of floating point.
 */
export const scaledAmountSchema = z.object({
  amount: z.number().int().min(1),
  scale: z.number().int().min(0).max(12),
});
export type ScaledAmount = z.infer<typeof scaledAmountSchema>;
