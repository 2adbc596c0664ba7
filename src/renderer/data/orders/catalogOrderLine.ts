import { dateOf } from '../../../shared/billing/calendarDate.ts';
import type { Account } from '../../../shared/domain/account.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import type { LineItem } from '../../../shared/domain/lineItemSchema.ts';
import type { Product } from '../../../shared/domain/product.ts';
import { catalogPrice } from '../../../shared/quotes/catalogPrice.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { findDocument, plainRecord } from '../records/recordStore.ts';

/**
 * An order line for a catalog product at the account's price in `currency` on the day of `at`;
 * refuses a product no longer sold.
 */
export async function catalogOrderLine(
  data: FieldbookData,
  {
    lineId,
    productId,
    quantityMilli,
    account,
    currency,
    at,
  }: {
    lineId: string;
    productId: string;
    quantityMilli: number;
    /** The customer, for negotiated prices; list prices without. */
    account?: Pick<Account, 'negotiatedPrices'>;
    currency: string;
    at: string;
  },
): Promise<LineItem> {
  const product = plainRecord<Product>((await findDocument(data, 'products', productId))._data);
  if (!product.active) throw new DomainError('productInactive', { sku: product.sku });
  const { unitPrice } = catalogPrice({
    product,
    ...(account ? { account } : {}),
    currency,
    today: dateOf(at),
  });
  return {
    id: lineId,
    productId: product.id,
    sku: product.sku,
    description: (product.name.zh || product.name.en || product.sku).slice(0, 2000),
    unit: product.unit,
    quantityMilli,
    unitPrice,
    discountBps: 0,
    taxRateBps: product.taxRateBps,
  };
}
