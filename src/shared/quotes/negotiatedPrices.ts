import type { Account, NegotiatedPrice } from '../domain/account.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Role } from '../domain/roles.ts';

/** Roles that may agree special prices with a customer. */
export const priceNegotiators: readonly Role[] = ['manager', 'admin'];

/** Throws `roleNotAllowed` unless `role` may change an account's negotiated prices. */
export function assertPriceNegotiator(role: Role): void {
  if (!priceNegotiators.includes(role)) {
    throw new DomainError('roleNotAllowed', {
      workflow: 'negotiatedPrices',
      role,
      allowedRoles: priceNegotiators.join(','),
    });
  }
}

function samePrice(a: NegotiatedPrice, productId: string, currency: string): boolean {
  return a.productId === productId && a.price.currency === currency;
}

/**
 * The account's negotiated prices with `entry` added, or replacing the one for the same product
 * and currency (one agreed price per product and currency).
 */
export function withNegotiatedPrice({
  account,
  entry,
}: {
  account: Pick<Account, 'negotiatedPrices'>;
  entry: NegotiatedPrice;
}): NegotiatedPrice[] {
  const others = (account.negotiatedPrices ?? []).filter(
    (price) => !samePrice(price, entry.productId, entry.price.currency),
  );
  return [...others, entry];
}

/** The account's negotiated prices without the one for `productId` in `currency`. */
export function withoutNegotiatedPrice({
  account,
  productId,
  currency,
}: {
  account: Pick<Account, 'negotiatedPrices'>;
  productId: string;
  currency: string;
}): NegotiatedPrice[] {
  return (account.negotiatedPrices ?? []).filter((price) => !samePrice(price, productId, currency));
}
