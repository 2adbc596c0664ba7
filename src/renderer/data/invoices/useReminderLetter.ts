import { combineLatest, map, of, switchMap } from 'rxjs';
import { nextDunningAction } from '../../../shared/billing/dunning.ts';
import type { Account } from '../../../shared/domain/account.ts';
import type { DunningLevel, Invoice } from '../../../shared/domain/invoice.ts';
import { type CompanyProfile, defaultCompanyProfile } from '../quotes/quoteDocumentModel.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { companyProfileOf } from '../settings/companyProfile.ts';
import { setting$ } from '../settings/settingsStore.ts';
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
    collectionOf(data, 'invoices')
      .findOne(invoiceId)
      .$.pipe(
        switchMap((doc) => {
          if (!doc) return of(undefined);
          const invoice = plainRecord<Invoice>(doc._data);
          const account$ = hasCollection(data, 'accounts')
            ? collectionOf(data, 'accounts')
                .findOne(invoice.accountId)
                .$.pipe(map((found) => (found ? plainRecord<Account>(found._data) : undefined)))
            : of(undefined);
          const profile$ = hasCollection(data, 'settings')
            ? setting$(data, 'companyProfile')
            : of(undefined);
          return combineLatest([account$, profile$]).pipe(
            map(
              ([account, profile]): ReminderLetterModel => ({
                company: profile ? companyProfileOf(profile.value) : defaultCompanyProfile,
                ...(account ? { account } : {}),
                row: invoiceRow(invoice, today),
                level: letterLevel(invoice, today),
                today,
              }),
            ),
          );
        }),
      ),
  );
  return value;
}
