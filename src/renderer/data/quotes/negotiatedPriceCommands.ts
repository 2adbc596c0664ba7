import {
  type Account,
  accountSchema,
  type NegotiatedPrice,
} from '../../../shared/domain/account.ts';
import {
  assertPriceNegotiator,
  withNegotiatedPrice,
  withoutNegotiatedPrice,
} from '../../../shared/quotes/negotiatedPrices.ts';
import { parseRecord } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';

export type NegotiatedPriceCommands = {
  /** Agrees a price for one product in one currency (replaces the earlier one). */
  setNegotiatedPrice(accountId: string, entry: NegotiatedPrice): Promise<Account>;
  removeNegotiatedPrice(
    accountId: string,
    params: { productId: string; currency: string },
  ): Promise<Account>;
};

/** Customer-specific prices on the account (managers and admins only); quotes then use them. */
export function createNegotiatedPriceCommands({
  data,
  clock,
  user,
}: CommandContext): NegotiatedPriceCommands {
  async function change(
    accountId: string,
    next: (account: Account) => NegotiatedPrice[],
  ): Promise<Account> {
    assertPriceNegotiator(user.role);
    const doc = await findDocument(data, 'accounts', accountId);
    const current = plainRecord<Account>(doc._data);
    const record = withoutUndefined(
      parseRecord<Account>('account', accountSchema, {
        ...current,
        negotiatedPrices: next(current),
        updatedAt: clock().toISOString(),
      }),
    );
    return replaceDocument(doc, record);
  }

  return {
    setNegotiatedPrice: (accountId, entry) =>
      change(accountId, (account) => withNegotiatedPrice({ account, entry })),
    removeNegotiatedPrice: (accountId, { productId, currency }) =>
      change(accountId, (account) => withoutNegotiatedPrice({ account, productId, currency })),
  };
}
