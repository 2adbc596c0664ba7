import { type Account, accountSchema } from '../../../shared/domain/account.ts';
import { type Contact, contactSchema } from '../../../shared/domain/contact.ts';
import { type Lead, type LeadStatus, leadSchema } from '../../../shared/domain/lead.ts';
import type { LeadDraft } from '../../../shared/domain/leadDraft.ts';
import { type Product, productSchema } from '../../../shared/domain/product.ts';
import { newId } from '../../../shared/ids/newId.ts';
import type {
  AccountImportValue,
  ContactImportValue,
} from '../../../shared/intake/planRecordImport.ts';
import { mergeLeads } from '../../../shared/qualification/mergeLeads.ts';
import type { ProductImportRow } from '../products/planProductCsvImport.ts';
import { withoutUndefined } from '../records/recordStore.ts';

/** Who and when every record of one import is stamped with. */
export type ImportStamp = { ownerId: string; at: string; nowMs: number };

// Imported statuses that need nothing else to be true (converted needs its records, a
// disqualification its reason), so only these are kept from the file.
const keptStatuses = new Set<LeadStatus>(['new', 'contacted', 'qualified']);

const joinNotes = (a: string, b: string) =>
  (a.trim() && b.trim() && a.trim() !== b.trim()
    ? `${a.trim()}\n\n${b.trim()}`
    : a.trim() || b.trim()
  ).slice(0, 10_000);

/**
 * A new lead from an import row. The draft was validated by the lead draft schema when the
 * import was planned and the stamps are made here, so the record is not parsed again: at 50k
 * rows a second zod pass costs seconds.
 */
export function newImportedLead(
  draft: LeadDraft,
  status: LeadStatus | undefined,
  stamp: ImportStamp,
): Lead {
  const lead: Lead = {
    ...draft,
    id: newId(stamp.nowMs),
    ownerId: stamp.ownerId,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    status: status && keptStatuses.has(status) ? status : 'new',
  };
  return withoutUndefined(lead);
}

/** A lead with an imported row merged in by the duplicate rule's merge (blanks filled, notes joined). */
export function mergeImportedLead(lead: Lead, draft: LeadDraft, stamp: ImportStamp): Lead {
  const secondary = newImportedLead(draft, undefined, stamp);
  const { merged } = mergeLeads({ primary: lead, secondary, now: stamp.at });
  // The imported row never existed as a record, so it is not a merged lead.
  const result: Lead = { ...merged };
  if (lead.mergedLeadIds) result.mergedLeadIds = lead.mergedLeadIds;
  else delete result.mergedLeadIds;
  if (lead.score !== undefined) result.score = lead.score;
  return withoutUndefined(leadSchema.parse(result));
}

/** A new account from an import row. */
export function newImportedAccount(value: AccountImportValue, stamp: ImportStamp): Account {
  return withoutUndefined(
    accountSchema.parse({
      ...value,
      id: newId(stamp.nowMs),
      ownerId: stamp.ownerId,
      createdAt: stamp.at,
      updatedAt: stamp.at,
    }),
  );
}

/** An account with an imported row's values filling its blanks (tags united, notes joined). */
export function mergeImportedAccount(
  account: Account,
  value: AccountImportValue,
  stamp: ImportStamp,
): Account {
  const next: Account = { ...account, updatedAt: stamp.at };
  for (const field of [
    'industry',
    'website',
    'phone',
    'email',
    'address',
    'country',
    'taxId',
  ] as const) {
    if (next[field] === undefined || next[field] === '')
      Object.assign(next, { [field]: value[field] });
  }
  next.tags = [...new Set([...account.tags, ...value.tags])].slice(0, 50);
  next.notes = joinNotes(account.notes, value.notes);
  return withoutUndefined(accountSchema.parse(next));
}

/** A new contact at `accountId` from an import row. */
export function newImportedContact(
  value: ContactImportValue,
  accountId: string,
  stamp: ImportStamp,
): Contact {
  const { accountName: _name, ...fields } = value;
  return withoutUndefined(
    contactSchema.parse({
      ...fields,
      accountId,
      id: newId(stamp.nowMs),
      ownerId: stamp.ownerId,
      createdAt: stamp.at,
      updatedAt: stamp.at,
    }),
  );
}

/** A contact with an imported row's values filling its blanks. */
export function mergeImportedContact(
  contact: Contact,
  value: ContactImportValue,
  stamp: ImportStamp,
): Contact {
  const next: Contact = { ...contact, updatedAt: stamp.at };
  for (const field of ['firstName', 'lastName', 'title', 'email', 'phone', 'mobile'] as const) {
    if (!next[field] && value[field]) next[field] = value[field];
  }
  next.notes = joinNotes(contact.notes, value.notes);
  return withoutUndefined(contactSchema.parse(next));
}

/** A product from an import row; merging into an existing SKU takes the file's values, as the catalog import does. */
export function importedProduct(
  value: Omit<ProductImportRow, 'rowNumber'>,
  existing: Product | undefined,
  stamp: ImportStamp,
): Product {
  const base = existing ?? { id: newId(stamp.nowMs), ownerId: stamp.ownerId, createdAt: stamp.at };
  return withoutUndefined(productSchema.parse({ ...base, ...value, updatedAt: stamp.at }));
}
