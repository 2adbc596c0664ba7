import { combineLatest, map, type Observable, of, switchMap } from 'rxjs';
import type { Account } from '../../../shared/domain/account.ts';
import type { Invoice } from '../../../shared/domain/invoice.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { type CompanyProfile, defaultCompanyProfile } from '../quotes/quoteDocumentModel.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { companyProfileOf } from '../settings/companyProfile.ts';
import { setting$ } from '../settings/settingsStore.ts';

/** An invoice with who issued it and who it is addressed to, for the printed documents. */
export type InvoiceParties = { invoice: Invoice; company: CompanyProfile; account?: Account };

/** The invoice, the customer's account and the company profile, live; undefined when missing. */
export function invoiceParties$(
  data: FieldbookData,
  invoiceId: string,
): Observable<InvoiceParties | undefined> {
  return collectionOf(data, 'invoices')
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
          map(([account, profile]) => ({
            invoice,
            company: profile ? companyProfileOf(profile.value) : defaultCompanyProfile,
            ...(account ? { account } : {}),
          })),
        );
      }),
    );
}
