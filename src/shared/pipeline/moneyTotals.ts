import { dinero } from 'dinero.js/bigint';
import { dineroCurrency } from '../money/currencies.ts';
import { fromDinero, type Money, toSafeAmount } from '../money/money.ts';

/** Money from an exact bigint sum of minor units. */
export function moneyFromSum(sum: bigint, currency: string): Money {
  dineroCurrency(currency);
  return { amount: toSafeAmount(sum, 'sum'), currency };
}

/**
 * Money from an exact sum of amount × percent (minor units × 0..100), divided by 100 and rounded
 * half up once, so a weighted total does not collect one rounding per deal.
 */
export function moneyFromPercentSum(sumTimesPercent: bigint, currency: string): Money {
  const unit = dineroCurrency(currency);
  return fromDinero(
    dinero({ amount: sumTimesPercent, currency: unit, scale: unit.exponent + 2n }),
    'weighted sum',
  );
}
