import { combineLatest, map, of, switchMap } from 'rxjs';
import type { Account } from '../../../shared/domain/account.ts';
import type { Contact } from '../../../shared/domain/contact.ts';
import type { Product } from '../../../shared/domain/product.ts';
import type { Quote } from '../../../shared/domain/quote.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { buildQuoteDocumentModel, type QuoteDocumentModel } from '../quotes/quoteDocumentModel.ts';
import { collectionOf, hasCollection, plainRecord } from '../records/recordStore.ts';
import { companyProfileOf } from '../settings/companyProfile.ts';
import { setting$ } from '../settings/settingsStore.ts';
import { useDataContext } from './DataProvider.tsx';
import { useLiveValue } from './useLiveRecords.ts';

function account$(data: FieldbookData, id: string) {
  if (!hasCollection(data, 'accounts')) return of(undefined);
  return collectionOf(data, 'accounts')
    .findOne(id)
    .$.pipe(map((doc) => (doc ? plainRecord<Account>(doc._data) : undefined)));
}

// The quote's contact, else the account's primary contact.
function contact$(data: FieldbookData, quote: Quote) {
  if (!hasCollection(data, 'contacts')) return of(undefined);
  const contacts = collectionOf(data, 'contacts');
  if (quote.contactId) {
    return contacts
      .findOne(quote.contactId)
      .$.pipe(map((doc) => (doc ? plainRecord<Contact>(doc._data) : undefined)));
  }
  return contacts.find({ selector: { accountId: quote.accountId } }).$.pipe(
    map((docs) => {
      const all = docs.map((doc) => plainRecord<Contact>(doc._data));
      return all.find((contact) => contact.isPrimary) ?? all[0];
    }),
  );
}

function products$(data: FieldbookData, quote: Quote) {
  const ids = [...new Set(quote.lines.flatMap((line) => (line.productId ? [line.productId] : [])))];
  if (ids.length === 0 || !hasCollection(data, 'products')) return of(new Map<string, Product>());
  return collectionOf(data, 'products')
    .findByIds(ids)
    .$.pipe(
      map(
        (docs) =>
          new Map([...docs.values()].map((doc) => [doc.primary, plainRecord<Product>(doc._data)])),
      ),
    );
}

/**
 * Everything the quote's print template needs, resolved and live: company, customer block,
 * lines with product names in the quote's language (else `fallbackLanguage`), totals, terms,
 * validity, acceptance and signature. Undefined while loading and for a missing quote.
 */
export function useQuoteDocument(
  quoteId: string,
  fallbackLanguage: 'zh-CN' | 'en' = 'zh-CN',
): QuoteDocumentModel | undefined {
  const { data } = useDataContext();
  const { value } = useLiveValue(`quoteDocument:${quoteId}:${fallbackLanguage}`, () =>
    collectionOf(data, 'quotes')
      .findOne(quoteId)
      .$.pipe(
        switchMap((doc) => {
          if (!doc) return of(undefined);
          const quote = plainRecord<Quote>(doc._data);
          return combineLatest([
            account$(data, quote.accountId),
            contact$(data, quote),
            products$(data, quote),
            hasCollection(data, 'settings') ? setting$(data, 'companyProfile') : of(undefined),
          ]).pipe(
            map(([account, contact, products, profile]) =>
              buildQuoteDocumentModel({
                quote,
                ...(account ? { account } : {}),
                ...(contact ? { contact } : {}),
                products,
                ...(profile ? { company: companyProfileOf(profile.value) } : {}),
                language: fallbackLanguage,
              }),
            ),
          );
        }),
      ),
  );
  return value;
}
