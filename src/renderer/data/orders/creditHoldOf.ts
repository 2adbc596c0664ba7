import { dateOf } from '../../../shared/billing/calendarDate.ts';
import { type CreditHoldStatus, creditHoldStatus } from '../../../shared/billing/creditHold.ts';
import type { Account } from '../../../shared/domain/account.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';

/**
 * Whether the account is on credit hold today, judged from the invoices this device holds
 * (none yet, or a window opened without invoices, means only a manual hold counts).
 */
export async function creditHoldOf(
  data: FieldbookData,
  account: Pick<Account, 'id' | 'creditLimit' | 'creditHold'>,
  now: Date,
): Promise<CreditHoldStatus> {
  const invoices = hasCollection(data, 'invoices')
    ? (
        await collectionOf(data, 'invoices')
          .find({ selector: { accountId: account.id }, index: ['accountId', 'updatedAt'] })
          .exec()
      ).map((doc) => plainRecord<Invoice>(doc._data))
    : [];
  return creditHoldStatus({ account, invoices, today: dateOf(now.toISOString()) });
}
