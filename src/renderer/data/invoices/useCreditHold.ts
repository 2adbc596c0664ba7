import { useMemo } from 'react';
import { type CreditHoldStatus, creditHoldStatus } from '../../../shared/billing/creditHold.ts';
import type { Account } from '../../../shared/domain/account.ts';
import { useInvoices, useInvoiceToday } from './useInvoices.ts';

/**
 * Whether the account is on credit hold today and why (a manual hold, open invoices over its
 * limit, an invoice 90+ days overdue), live from the invoices this device holds: what stops
 * its new orders from being confirmed.
 */
export function useCreditHold(
  account: Pick<Account, 'id' | 'creditLimit' | 'creditHold'> | undefined,
): CreditHoldStatus | undefined {
  const today = useInvoiceToday();
  // Before the account loads, a customer id no invoice has (not every invoice).
  const { rows, loading } = useInvoices({ accountId: account?.id ?? 'no-account' });
  return useMemo(
    () =>
      account && !loading
        ? creditHoldStatus({ account, invoices: rows.map((row) => row.invoice), today })
        : undefined,
    [account, loading, rows, today],
  );
}
