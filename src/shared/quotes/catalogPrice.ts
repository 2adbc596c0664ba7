import type { Account } from '../domain/account.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Product } from '../domain/product.ts';

export type CatalogPrice = { unitPrice: number; source: 'negotiated' | 'list' };

/**
 * The unit price of a product for an account in a currency: the account's negotiated price
 * when one is valid on `today`, else the list price. Throws `noPriceInCurrency` when neither
 * exists, so nobody quotes a converted guess.
 */
export function catalogPrice({
  product,
  account,
  currency,
  today,
}: {
  product: Pick<Product, 'id' | 'sku' | 'prices'>;
  account?: Pick<Account, 'negotiatedPrices'>;
  currency: string;
  today: string;
}): CatalogPrice {
  const negotiated = account?.negotiatedPrices?.find(
    (deal) =>
      deal.productId === product.id &&
      deal.price.currency === currency &&
      (deal.validUntil === undefined || deal.validUntil >= today),
  );
  if (negotiated !== undefined) return { unitPrice: negotiated.price.amount, source: 'negotiated' };
  const list = product.prices.find((price) => price.currency === currency);
  if (list !== undefined) return { unitPrice: list.amount, source: 'list' };
  throw new DomainError('noPriceInCurrency', { sku: product.sku, currency });
}
