import { map } from 'rxjs';
import { nextDunningAction } from '../../../shared/billing/dunning.ts';
import type { Account } from '../../../shared/domain/account.ts';
import type { DunningLevel, Invoice } from '../../../shared/domain/invoice.ts';
import type { CompanyProfile } from '../quotes/quoteDocumentModel.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { invoiceParties$ } from './invoiceParties.ts';
import { type InvoiceRow, invoiceRow } from './invoiceViews.ts';
import { useInvoiceToday } from './useInvoices.ts';

/** What a printed payment reminder shows: who writes, to whom, about which invoice, at which level. */
export type ReminderLetterModel = {
  company: CompanyProfile;
  account?: Account;
  row: InvoiceRow;
  /** The level of this letter: the last one sent, else the next one due. */
  level: DunningLevel;
  today: string;
};

function letterLevel(invoice: Invoice, today: string): DunningLevel {
  const sent = invoice.dunning?.at(-1)?.level;
  if (sent) return sent;
  const next = nextDunningAction({ invoice, today });
  return next.kind === 'send' ? next.level : 'reminder';
}

/** The reminder letter for an invoice, live; undefined while loading or when missing. */
export function useReminderLetter(invoiceId: string): ReminderLetterModel | undefined {
  const { data } = useDataContext();
  const today = useInvoiceToday();
  const { value } = useLiveValue(`reminderLetter:${invoiceId}:${today}`, () =>
    invoiceParties$(data, invoiceId).pipe(
      map((parties): ReminderLetterModel | undefined =>
        parties
          ? {
              company: parties.company,
              ...(parties.account ? { account: parties.account } : {}),
              row: invoiceRow(parties.invoice, today),
              level: letterLevel(parties.invoice, today),
              today,
            }
          : undefined,
      ),
    ),
  );
  return value;
}
