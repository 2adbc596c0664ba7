import type { LeadStatus } from '../../../shared/domain/lead.ts';
import type { LeadDraft } from '../../../shared/domain/leadDraft.ts';
import type { CsvEncoding } from '../../../shared/intake/decodeCsvBytes.ts';
import type {
  AccountImportValue,
  ContactImportValue,
} from '../../../shared/intake/planRecordImport.ts';
import type { CsvMapping } from '../../../shared/intake/recordCsvPresets.ts';
import type { ProductImportRow } from '../products/planProductCsvImport.ts';

/** What the import wizard can read. */
export const importEntities = ['leads', 'accounts', 'contacts', 'products'] as const;
export type ImportEntity = (typeof importEntities)[number];

/** What to do with a row that matches an existing record or an earlier row of the file. */
export const duplicatePolicies = ['skip', 'merge', 'create'] as const;
export type DuplicatePolicy = (typeof duplicatePolicies)[number];

/** A valid row's content, per entity. */
export type ImportValue =
  | { kind: 'leads'; draft: LeadDraft; status?: LeadStatus }
  | { kind: 'accounts'; value: AccountImportValue }
  | { kind: 'contacts'; value: ContactImportValue }
  | { kind: 'products'; value: Omit<ProductImportRow, 'rowNumber'> };

/** One problem with a row or cell; `code` is translated as `import.issues.<code>`. */
export type ImportIssue = { field: string; code: string };

/** A row of the preview: what it becomes, what is wrong with it, and what it duplicates. */
export type PlannedImportRow = {
  rowNumber: number;
  /** The row's cells as read, for the failed-rows file. */
  cells: readonly string[];
  /** A short name for the row (person, company or SKU). */
  label: string;
  value?: ImportValue;
  issues: ImportIssue[];
  /** Values Fieldbook did not know (kept as "other" or left out); the row still imports. */
  warnings: { field: string; value: string }[];
  /** An earlier row of the same file this row repeats. */
  inFile?: { rowNumber: number; by: string };
  /** An existing record this row likely is. */
  existing?: { id: string; label: string; confidence: number };
};

export type ImportPlan = {
  entity: ImportEntity;
  encoding: CsvEncoding;
  headers: string[];
  mapping: CsvMapping;
  rows: PlannedImportRow[];
  summary: {
    total: number;
    valid: number;
    invalid: number;
    inFileDuplicates: number;
    existingDuplicates: number;
  };
};

/** Why a row was not imported (or what happened to it). */
export type ImportOutcome = 'imported' | 'merged' | 'skipped' | 'failed';

export type ImportReportRow = {
  rowNumber: number;
  outcome: Exclude<ImportOutcome, 'imported'>;
  /** Issue codes or a write failure (`import.issues.<code>`). */
  reasons: string[];
  cells: readonly string[];
};

export type ImportReport = {
  entity: ImportEntity;
  imported: number;
  merged: number;
  skipped: number;
  failed: number;
  /** Accounts made for contacts whose company was not there yet. */
  accountsCreated: number;
  /** Every row that was not simply imported, in file order. */
  rows: ImportReportRow[];
  durationMs: number;
};

export type ImportProgress = { phase: 'planning' | 'writing'; done: number; total: number };
