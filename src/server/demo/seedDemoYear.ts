import { numberInvoicesByIssueDate } from '../../shared/demo/numberInvoices.ts';
import { generateSalesYear } from '../../shared/demo/salesYear.ts';
import type { CollectionName } from '../../shared/domain/collections.ts';
import { invoiceSchema } from '../../shared/domain/invoice.ts';
import { productSchema } from '../../shared/domain/product.ts';
import { defaultNumberFormats } from '../../shared/numbering/documentNumber.ts';
import type { Store } from '../store/Store.ts';
import { invoiceCounterName } from '../sync/assignFinalInvoiceNumber.ts';

/** The demo company's documents of one collection as seeded (fewer than one page), parsed. */
async function readSeeded<T>(
  store: Store,
  collection: CollectionName,
  schema: { parse: (value: unknown) => T },
): Promise<T[]> {
  const page = await store.pull({ collection, afterSeq: 0, limit: 1000, access: { kind: 'all' } });
  return page.documents
    .filter((doc) => !doc.deleted)
    .map((doc) => schema.parse({ ...doc.data, id: doc.id }));
}

/**
 * Adds a year of the demo team's work (about 20,000 leads, 2,000 deals, 750 orders with their
 * invoices and payments, 300 tickets) to a freshly seeded demo company, for dashboards and their
 * end-to-end test and benchmark. Owned by the two demo reps and the manager.
 */
export async function seedDemoYear(
  store: Store,
  now: Date,
  size: { leads?: number; opportunities?: number; orders?: number } = {},
): Promise<number> {
  const emails = ['rep1@demo.fieldbook', 'rep2@demo.fieldbook', 'manager@demo.fieldbook'];
  const users = await Promise.all(emails.map((email) => store.findUserByEmail(email)));
  const owners = users.flatMap((user) => (user ? [user.id] : []));
  const teamId = users[0]?.teamId ?? null;
  const finance = await store.findUserByEmail('finance@demo.fieldbook');
  if (owners.length === 0) throw new Error('seedDemoYear needs the demo company first');
  // The year sells the demo catalog and restocks its goods: read the products as seeded.
  const products = await readSeeded(store, 'products', productSchema);
  if (products.length === 0) throw new Error('seedDemoYear needs the demo catalog first');
  const year = generateSalesYear({
    end: now.toISOString(),
    owners,
    products,
    ...(users[2] ? { managerId: users[2].id } : {}),
    ...(finance ? { financeId: finance.id } : {}),
    ...(teamId ? { teamId } : {}),
    ...size,
  });
  // The company's invoices (the demo company's and the year's) take final numbers in issue order,
  // and the server's counters continue after them, so the next invoice gets the next number.
  const numbered = numberInvoicesByIssueDate([
    ...(await readSeeded(store, 'invoices', invoiceSchema)),
    ...year.invoices,
  ]);
  year.invoices = numbered.invoices;
  await store.write(async (tx) => {
    for (const [calendarYear, last] of numbered.lastByYear) {
      const name = invoiceCounterName(defaultNumberFormats.invoice, `${calendarYear}-06-30`);
      await tx.advanceCounter(name, last);
    }
  });
  let written = 0;
  const batches = Object.entries(year) as [CollectionName, { id: string; ownerId: string }[]][];
  for (const [collection, records] of batches) {
    // Big transactions would hold the write lock for seconds; a thousand rows at a time.
    for (let start = 0; start < records.length; start += 1000) {
      const slice = records.slice(start, start + 1000);
      await store.write(async (tx) => {
        for (const record of slice) {
          await tx.putDocument({
            collection,
            id: record.id,
            ownerId: record.ownerId,
            teamId,
            deleted: false,
            data: JSON.parse(JSON.stringify(record)) as Record<string, unknown>,
          });
        }
      });
      written += slice.length;
    }
  }
  return written;
}
