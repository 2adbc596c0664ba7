import type { BaseRecord } from '../../../shared/domain/baseRecord.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import { type Product, productSchema } from '../../../shared/domain/product.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { decodeCsvBytes } from '../../../shared/intake/decodeCsvBytes.ts';
import type { FieldbookData } from '../openFieldbookData.ts';
import { parseRecord, RecordValidationError } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';
import { type ProductImportIssue, planProductCsvImport } from './planProductCsvImport.ts';

/** What a catalog maintainer enters; `active` defaults to true. */
export type ProductInput = Omit<Product, keyof BaseRecord | 'active' | 'stockMovements'> & {
  active?: boolean;
};
export type ProductPatch = Partial<ProductInput>;

export type ProductImportResult = { imported: number; issues: ProductImportIssue[] };

export type ProductCommands = {
  createProduct(input: ProductInput): Promise<Product>;
  updateProduct(id: string, patch: ProductPatch): Promise<Product>;
  /** Imports a CSV file (any encoding Excel writes); rows with issues are skipped whole. */
  importProductsCsv(bytes: Uint8Array): Promise<ProductImportResult>;
};

const catalogEditors: readonly Role[] = ['manager', 'admin'];

function assertCatalogEditor(role: Role): void {
  if (!catalogEditors.includes(role)) {
    throw new DomainError('roleNotAllowed', {
      workflow: 'catalog',
      role,
      allowedRoles: catalogEditors.join(','),
    });
  }
}

function assertOnePricePerCurrency(prices: Product['prices']): void {
  const currencies = prices.map((price) => price.currency);
  if (new Set(currencies).size !== currencies.length) {
    throw new RecordValidationError('product', [{ field: 'prices', code: 'duplicateCurrency' }]);
  }
}

async function productsBySku(data: FieldbookData, skus: readonly string[]) {
  const docs = await collectionOf(data, 'products')
    .find({ selector: { sku: { $in: [...skus] } }, index: ['sku'] })
    .exec();
  return new Map(docs.map((doc) => [doc.sku, doc]));
}

/** Catalog commands (managers and admins): validate, keep SKUs unique, stamp and write. */
export function createProductCommands({ data, clock, user }: CommandContext): ProductCommands {
  return {
    async createProduct(input) {
      assertCatalogEditor(user.role);
      const now = clock();
      const at = now.toISOString();
      const product = withoutUndefined(
        parseRecord<Product>('product', productSchema, {
          ...input,
          sku: input.sku.trim(),
          active: input.active ?? true,
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
        }),
      );
      assertOnePricePerCurrency(product.prices);
      if ((await productsBySku(data, [product.sku])).size > 0) {
        throw new RecordValidationError('product', [{ field: 'sku', code: 'duplicateSku' }]);
      }
      await collectionOf(data, 'products').insert(product);
      return product;
    },

    async updateProduct(id, patch) {
      assertCatalogEditor(user.role);
      const doc = await findDocument(data, 'products', id);
      const current = plainRecord<Product>(doc._data);
      const next = withoutUndefined(
        parseRecord<Product>('product', productSchema, {
          ...current,
          ...patch,
          ...(patch.sku === undefined ? {} : { sku: patch.sku.trim() }),
          id,
          ownerId: current.ownerId,
          createdAt: current.createdAt,
          updatedAt: clock().toISOString(),
        }),
      );
      assertOnePricePerCurrency(next.prices);
      if (next.sku !== current.sku) {
        const other = (await productsBySku(data, [next.sku])).get(next.sku);
        if (other && other.primary !== id) {
          throw new RecordValidationError('product', [{ field: 'sku', code: 'duplicateSku' }]);
        }
      }
      return replaceDocument(doc, next);
    },

    async importProductsCsv(bytes) {
      assertCatalogEditor(user.role);
      const plan = planProductCsvImport(decodeCsvBytes(bytes).text);
      if (plan.rows.length === 0) return { imported: 0, issues: plan.issues };
      const existing = await productsBySku(
        data,
        plan.rows.map((row) => row.sku),
      );
      const now = clock();
      const at = now.toISOString();
      const issues = [...plan.issues];
      const records: Product[] = [];
      plan.rows.forEach((row) => {
        const { rowNumber: _row, ...fields } = row;
        const current = existing.get(row.sku);
        const base = current
          ? plainRecord<Product>(current._data)
          : { id: newId(now.getTime()), ownerId: user.id, createdAt: at };
        const parsed = productSchema.safeParse({ ...base, ...fields, updatedAt: at });
        if (parsed.success) records.push(withoutUndefined(parsed.data));
        else
          for (const issue of parsed.error.issues) {
            issues.push({
              rowNumber: row.rowNumber,
              field: issue.path.join('.'),
              code: issue.code,
            });
          }
      });
      // One bulk write: IndexedDB commits it in one transaction, so a failed import writes nothing.
      const result = await collectionOf(data, 'products').bulkUpsert(records);
      if (result.error.length > 0) {
        throw new Error(`Product import failed: ${result.error.length} rows were not written`);
      }
      issues.sort((a, b) => a.rowNumber - b.rowNumber);
      return { imported: records.length, issues };
    },
  };
}
