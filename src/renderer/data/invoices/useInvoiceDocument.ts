import { map } from 'rxjs';
import type { Account } from '../../../shared/domain/account.ts';
import type { CompanyProfile } from '../quotes/quoteDocumentModel.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { invoiceParties$ } from './invoiceParties.ts';
import { type InvoiceRow, invoiceRow } from './invoiceViews.ts';
import { useInvoiceToday } from './useInvoices.ts';

/** What the printed invoice shows: the seller, the customer, the invoice with its balance. */
export type InvoiceDocumentModel = {
  company: CompanyProfile;
  account?: Account;
  row: InvoiceRow;
};

/** The printable invoice, live; undefined while loading or when missing. */
export function useInvoiceDocument(invoiceId: string): InvoiceDocumentModel | undefined {
  const { data } = useDataContext();
  const today = useInvoiceToday();
  const { value } = useLiveValue(`invoiceDocument:${invoiceId}:${today}`, () =>
    invoiceParties$(data, invoiceId).pipe(
      map((parties): InvoiceDocumentModel | undefined =>
        parties
          ? {
              company: parties.company,
              ...(parties.account ? { account: parties.account } : {}),
              row: invoiceRow(parties.invoice, today),
            }
          : undefined,
      ),
    ),
  );
  return value;
}
