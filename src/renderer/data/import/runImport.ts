import type { RxCollection } from 'rxdb';
import type { Account } from '../../../shared/domain/account.ts';
import type { Contact } from '../../../shared/domain/contact.ts';
import { DomainError, isDomainError } from '../../../shared/domain/DomainError.ts';
import type { Lead } from '../../../shared/domain/lead.ts';
import type { Product } from '../../../shared/domain/product.ts';
import { normalizeCompanyName } from '../../../shared/qualification/normalizeContact.ts';
import { fromLeadDoc, toLeadDoc } from '../leads/leadDocument.ts';
import { yieldToMain } from '../leads/yieldToMain.ts';
import { type CommandContext, collectionOf, plainRecord } from '../records/recordStore.ts';
import { leadMirror } from '../records/sharedMirrors.ts';
import {
  type ImportStamp,
  importedProduct,
  mergeImportedAccount,
  mergeImportedContact,
  mergeImportedLead,
  newImportedAccount,
  newImportedContact,
  newImportedLead,
} from './importRecordBuilders.ts';
import type {
  DuplicatePolicy,
  ImportPlan,
  ImportProgress,
  ImportReport,
  ImportReportRow,
  PlannedImportRow,
} from './importTypes.ts';

export type RunImportInput = {
  context: CommandContext;
  plan: ImportPlan;
  policy: DuplicatePolicy;
  onProgress?: (progress: ImportProgress) => void;
  /** Records per bulk write (default 1000). */
  batchSize?: number;
};

type AnyRecord = Lead | Account | Contact | Product;

/** One record to write and the rows that made it (several when duplicates were merged). */
type Unit = { key: string; record: AnyRecord; isNew: boolean; rows: number[]; merged: number[] };

/**
 * Writes a planned import: valid rows as whole records, in bulk writes of `batchSize`.
 * Duplicates (of existing records or of earlier rows) are skipped, merged or created per
 * `policy`. A batch the database refuses, and any single record in it, is reported as failed
 * rows; every record is written whole or not at all.
 */
export async function runImport(input: RunImportInput): Promise<ImportReport> {
  const started = performance.now();
  const { context, plan, policy } = input;
  const { data, user } = context;
  const batchSize = input.batchSize ?? 1000;
  const now = context.clock();
  const stamp: ImportStamp = { ownerId: user.id, at: now.toISOString(), nowMs: now.getTime() };
  if (plan.entity === 'products' && user.role !== 'manager' && user.role !== 'admin') {
    throw new DomainError('roleNotAllowed', {
      workflow: 'catalog',
      role: user.role,
      allowedRoles: 'manager,admin',
    });
  }
  const report: ImportReport = {
    entity: plan.entity,
    imported: 0,
    merged: 0,
    skipped: 0,
    failed: 0,
    accountsCreated: 0,
    rows: [],
    durationMs: 0,
  };
  const outcome = (row: PlannedImportRow, kind: ImportReportRow['outcome'], reasons: string[]) => {
    report.rows.push({ rowNumber: row.rowNumber, outcome: kind, reasons, cells: row.cells });
    report[kind] += 1;
  };

  const existing = await loadExisting(input);
  const units = new Map<string, Unit>();
  const unitOfRow = new Map<number, string>();
  const rowsByNumber = new Map(plan.rows.map((row) => [row.rowNumber, row]));
  const accountByName = new Map<string, Account>();
  for (const [key, record] of existing) {
    if (key.startsWith('account:')) {
      const account = record as Account;
      accountByName.set(normalizeCompanyName(account.name), account);
    }
  }
  const newAccounts = new Map<string, Account>();

  for (const row of plan.rows) {
    const value = row.value;
    if (!value) {
      outcome(
        row,
        'failed',
        row.issues.map((issue) => issue.code),
      );
      continue;
    }
    let key: string | undefined;
    if (row.inFile && policy !== 'create') {
      if (policy === 'skip') {
        outcome(row, 'skipped', ['duplicateInFile']);
        continue;
      }
      key = unitOfRow.get(row.inFile.rowNumber);
    }
    if (!key && row.existing && policy !== 'create') {
      if (policy === 'skip') {
        outcome(row, 'skipped', ['duplicateExisting']);
        continue;
      }
      key = `existing:${row.existing.id}`;
    }
    if (!key && row.existing && plan.entity === 'products') {
      outcome(row, 'failed', ['duplicateSku']);
      continue;
    }
    try {
      let unit = key ? units.get(key) : undefined;
      if (!unit && key?.startsWith('existing:')) {
        const current = existing.get(key.slice(9));
        if (!current) {
          outcome(row, 'failed', ['notFound']);
          continue;
        }
        unit = { key, record: current, isNew: false, rows: [], merged: [] };
        units.set(key, unit);
      }
      if (unit) {
        unit.record = mergeInto(unit.record, value, stamp);
        unit.merged.push(row.rowNumber);
      } else {
        key = `row:${row.rowNumber}`;
        let record: AnyRecord;
        if (value.kind === 'leads') record = newImportedLead(value.draft, value.status, stamp);
        else if (value.kind === 'accounts') record = newImportedAccount(value.value, stamp);
        else if (value.kind === 'products') record = importedProduct(value.value, undefined, stamp);
        else {
          const name = normalizeCompanyName(value.value.accountName);
          let account = accountByName.get(name) ?? newAccounts.get(name);
          if (!account) {
            account = newImportedAccount(
              { name: value.value.accountName, tags: [], notes: '' },
              stamp,
            );
            newAccounts.set(name, account);
          }
          record = newImportedContact(value.value, account.id, stamp);
        }
        unit = { key, record, isNew: true, rows: [row.rowNumber], merged: [] };
        units.set(key, unit);
      }
      unitOfRow.set(row.rowNumber, unit.key);
    } catch (error) {
      outcome(row, 'failed', [isDomainError(error) ? error.code : 'invalidValue']);
    }
  }

  const all = [...units.values()];
  const total = all.length + newAccounts.size;
  let done = 0;
  input.onProgress?.({ phase: 'writing', done, total });
  if (newAccounts.size > 0) {
    const accounts = [...newAccounts.values()];
    for (let start = 0; start < accounts.length; start += batchSize) {
      const batch = accounts.slice(start, start + batchSize);
      const failedIds = await write(collectionOf(data, 'accounts'), batch, true);
      report.accountsCreated += batch.length - failedIds.size;
      // Contacts of an account that could not be written fail with it.
      for (const account of batch) {
        if (!failedIds.has(account.id)) continue;
        for (const unit of all)
          if ((unit.record as Contact).accountId === account.id) unit.rows.push(-1);
      }
      done += batch.length;
      input.onProgress?.({ phase: 'writing', done, total });
      await yieldToMain('user-visible');
    }
  }
  const collection = plan.entity === 'leads' ? data.leads : collectionOf(data, plan.entity);
  for (const isNew of [true, false]) {
    const group = all.filter((unit) => unit.isNew === isNew);
    for (let start = 0; start < group.length; start += batchSize) {
      const batch = group.slice(start, start + batchSize);
      const valid = batch.filter((unit) => !unit.rows.includes(-1));
      const docs = valid.map((unit) =>
        plan.entity === 'leads' ? toLeadDoc(unit.record as Lead) : unit.record,
      );
      const failedIds = await write(collection as RxCollection, docs, isNew);
      for (const unit of batch) {
        const failed = failedIds.has(unit.record.id) || unit.rows.includes(-1);
        for (const rowNumber of unit.rows) {
          if (rowNumber < 0) continue;
          const row = rowsByNumber.get(rowNumber);
          if (!row) continue;
          if (failed) outcome(row, 'failed', ['writeFailed']);
          else report.imported += 1;
        }
        for (const rowNumber of unit.merged) {
          const row = rowsByNumber.get(rowNumber);
          if (!row) continue;
          const why = row.inFile ? 'duplicateInFile' : 'duplicateExisting';
          outcome(row, failed ? 'failed' : 'merged', failed ? ['writeFailed'] : [why]);
        }
      }
      done += batch.length;
      input.onProgress?.({ phase: 'writing', done, total });
      await yieldToMain('user-visible');
    }
  }
  report.rows.sort((a, b) => a.rowNumber - b.rowNumber);
  report.durationMs = performance.now() - started;
  return report;
}

/** One bulk write; returns the ids that were not written (all of them if the write threw). */
async function write(
  collection: RxCollection,
  docs: readonly object[],
  insert: boolean,
): Promise<Set<string>> {
  if (docs.length === 0) return new Set();
  try {
    const result = insert
      ? await collection.bulkInsert([...docs])
      : await collection.bulkUpsert([...docs]);
    return new Set(result.error.map((error) => error.documentId));
  } catch (error) {
    console.error('Import batch refused', error);
    return new Set(docs.map((doc) => (doc as { id: string }).id));
  }
}

function mergeInto(
  record: AnyRecord,
  value: NonNullable<PlannedImportRow['value']>,
  stamp: ImportStamp,
): AnyRecord {
  switch (value.kind) {
    case 'leads':
      return mergeImportedLead(record as Lead, value.draft, stamp);
    case 'accounts':
      return mergeImportedAccount(record as Account, value.value, stamp);
    case 'contacts':
      return mergeImportedContact(record as Contact, value.value, stamp);
    case 'products':
      return importedProduct(value.value, record as Product, stamp);
  }
}

/** The existing records the plan matched (leads from memory), plus accounts for contacts. */
async function loadExisting({ context, plan }: RunImportInput): Promise<Map<string, AnyRecord>> {
  const { data } = context;
  const out = new Map<string, AnyRecord>();
  if (plan.entity === 'leads') {
    const mirror = leadMirror(data);
    await mirror.start();
    for (const row of plan.rows) {
      const doc = row.existing ? mirror.docs.get(row.existing.id) : undefined;
      if (doc) out.set(doc.id, fromLeadDoc(doc));
    }
    return out;
  }
  const ids = [...new Set(plan.rows.flatMap((row) => (row.existing ? [row.existing.id] : [])))];
  if (ids.length > 0) {
    const docs = await collectionOf(data, plan.entity).findByIds(ids).exec();
    for (const [id, doc] of docs) out.set(id, plainRecord<AnyRecord>(doc._data));
  }
  if (plan.entity === 'contacts') {
    const accounts = await collectionOf(data, 'accounts').find().exec();
    for (const doc of accounts) out.set(`account:${doc.primary}`, plainRecord<Account>(doc._data));
  }
  return out;
}
