import Papa from 'papaparse';
import type { Product } from '../../../shared/domain/product.ts';
import { resolveCsvTargets } from '../../../shared/intake/recordCsvPresets.ts';
import { planProductCsvImport } from '../products/planProductCsvImport.ts';
import type { PlannedImportRow } from './importTypes.ts';
import { cellLabel, existingRecords, type PlanImportInput } from './planImport.ts';

// Products reuse the catalog's own CSV reader: the mapped columns are renamed to the headers it
// reads, so the wizard and the catalog's quick import accept exactly the same values.
export async function planProducts({ data, file, mapping }: PlanImportInput) {
  const targets = resolveCsvTargets(file.headers, mapping);
  const canonical: Record<string, string> = {
    sku: 'sku',
    nameZh: 'name_zh',
    nameEn: 'name_en',
    descriptionZh: 'description_zh',
    descriptionEn: 'description_en',
    unit: 'unit',
    taxRate: 'tax_rate',
    category: 'category',
    active: 'active',
  };
  const kept = targets.flatMap((target, index) => {
    const header = target.startsWith('price.') ? `price_${target.slice(6)}` : canonical[target];
    return header ? [{ header, index }] : [];
  });
  const text = Papa.unparse({
    fields: kept.map((column) => column.header),
    data: file.records.map((record) => kept.map((column) => record[column.index] ?? '')),
  });
  const plan = planProductCsvImport(text);
  const products = await existingRecords<Product>(data, 'products');
  const bySku = new Map(products.map((product) => [product.sku.toLowerCase(), product]));
  const label = cellLabel(file, mapping, ['sku']);
  const byRow = new Map(plan.rows.map((row) => [row.rowNumber, row]));
  const issuesByRow = new Map<number, { field: string; code: string }[]>();
  for (const issue of plan.issues) {
    const list = issuesByRow.get(issue.rowNumber) ?? [];
    list.push({ field: issue.field, code: issue.code });
    issuesByRow.set(issue.rowNumber, list);
  }
  // Header problems (a missing column) refuse every row.
  const fileIssues = issuesByRow.get(0) ?? [];
  return file.records.map((cells, index): PlannedImportRow => {
    const rowNumber = index + 1;
    const planned = byRow.get(rowNumber);
    const row: PlannedImportRow = {
      rowNumber,
      cells,
      label: planned?.sku ?? label(cells),
      issues: [...fileIssues, ...(issuesByRow.get(rowNumber) ?? [])],
      warnings: [],
    };
    if (planned && row.issues.length === 0) {
      const { rowNumber: _row, ...value } = planned;
      row.value = { kind: 'products', value };
      const match = bySku.get(planned.sku.toLowerCase());
      if (match) row.existing = { id: match.id, label: match.sku, confidence: 1 };
    }
    return row;
  });
}
