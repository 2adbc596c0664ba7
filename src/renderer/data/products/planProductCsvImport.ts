import {
  type ProductKind,
  type ProductUnit,
  productUnits,
} from '../../../shared/domain/product.ts';
import { parseCsvText } from '../../../shared/intake/parseCsvText.ts';
import { currencyExponent, isKnownCurrency } from '../../../shared/money/currencies.ts';
import { parseDecimal } from '../../../shared/money/parseDecimal.ts';

/** One refused cell or row: `rowNumber` counts data rows from 1 (0 = the header). */
export type ProductImportIssue = { rowNumber: number; field: string; code: string };

/** A product a CSV row describes, ready to be stamped and written. */
export type ProductImportRow = {
  rowNumber: number;
  sku: string;
  name: { zh: string; en: string };
  description?: { zh: string; en: string };
  unit: ProductUnit;
  /** Only when the file says: an update without a type column keeps the product's own. */
  kind?: ProductKind;
  prices: Array<{ amount: number; currency: string }>;
  taxRateBps: number;
  category?: string;
  active: boolean;
};

export type ProductImportPlan = { rows: ProductImportRow[]; issues: ProductImportIssue[] };

type Column =
  | 'sku'
  | 'nameZh'
  | 'nameEn'
  | 'descriptionZh'
  | 'descriptionEn'
  | 'unit'
  | 'taxRate'
  | 'category'
  | 'kind'
  | 'active';

const headerAliases: Record<Column, readonly string[]> = {
  sku: ['sku', 'item', 'code', '编码', '物料编码', '产品编码', '货号'],
  nameZh: ['name_zh', 'namezh', 'name (zh)', 'chinese name', '名称', '中文名称', '产品名称'],
  nameEn: ['name_en', 'nameen', 'name (en)', 'english name', 'name', '英文名称'],
  descriptionZh: ['description_zh', 'descriptionzh', '描述', '中文描述'],
  descriptionEn: ['description_en', 'descriptionen', 'description', '英文描述'],
  unit: ['unit', 'uom', '单位'],
  taxRate: ['tax_rate', 'taxrate', 'tax rate', 'tax', 'vat', '税率'],
  category: ['category', '类别', '分类'],
  kind: ['type', 'kind', 'product type', '类型', '产品类型'],
  active: ['active', 'enabled', '启用', '有效'],
};

const unitAliases: Record<string, ProductUnit> = {
  pc: 'piece',
  pcs: 'piece',
  ea: 'piece',
  each: 'piece',
  个: 'piece',
  件: 'piece',
  台: 'piece',
  套: 'set',
  箱: 'box',
  千克: 'kg',
  公斤: 'kg',
  m: 'meter',
  米: 'meter',
  h: 'hour',
  hr: 'hour',
  小时: 'hour',
  天: 'day',
  许可: 'license',
  月: 'month',
  年: 'year',
};

// Goods are stocked; a service (installation, training, warranty) is sold without stock.
const kindAliases: Record<string, ProductKind> = {
  goods: 'goods',
  product: 'goods',
  商品: 'goods',
  实物: 'goods',
  货物: 'goods',
  service: 'service',
  services: 'service',
  服务: 'service',
};

const truthy = new Set(['', 'yes', 'y', 'true', '1', '是', '启用']);
const falsy = new Set(['no', 'n', 'false', '0', '否', '停用']);

// `price_CNY`, `Price (USD)`, `list price EUR`, `价格_CNY`: one list price column per currency.
const priceHeader = /^(?:list\s*)?(?:price|价格|单价)[\s_(:-]*([a-z]{3})\)?$/iu;

function unitOf(text: string): ProductUnit | undefined {
  const key = text.trim().toLowerCase();
  if ((productUnits as readonly string[]).includes(key)) return key as ProductUnit;
  return unitAliases[key];
}

/**
 * Reads a product CSV (SKU, names zh/en, unit, one price column per currency, tax rate in
 * percent, optionally goods or service) into products to write and issues to show. A row with any issue is left out whole,
 * and a SKU seen twice in the file keeps its first row.
 */
export function planProductCsvImport(text: string): ProductImportPlan {
  const parsed = parseCsvText(text);
  const issues: ProductImportIssue[] = [];
  const columns = new Map<Column, number>();
  const prices: Array<{ currency: string; index: number }> = [];
  parsed.headers.forEach((header, index) => {
    const key = header.trim().toLowerCase();
    const price = priceHeader.exec(key);
    if (price?.[1]) {
      const currency = price[1].toUpperCase();
      if (isKnownCurrency(currency)) prices.push({ currency, index });
      else issues.push({ rowNumber: 0, field: header, code: 'unknownCurrency' });
      return;
    }
    for (const [column, aliases] of Object.entries(headerAliases) as [Column, string[]][]) {
      if (!columns.has(column) && aliases.includes(key)) {
        columns.set(column, index);
        return;
      }
    }
  });
  for (const required of ['sku', 'unit', 'taxRate'] as const) {
    if (!columns.has(required))
      issues.push({ rowNumber: 0, field: required, code: 'missingColumn' });
  }
  if (!columns.has('nameZh') && !columns.has('nameEn')) {
    issues.push({ rowNumber: 0, field: 'name', code: 'missingColumn' });
  }
  if (prices.length === 0) issues.push({ rowNumber: 0, field: 'prices', code: 'missingColumn' });
  if (issues.some((issue) => issue.code === 'missingColumn')) return { rows: [], issues };

  const malformed = new Set(parsed.malformedRows);
  const seen = new Set<string>();
  const rows: ProductImportRow[] = [];
  parsed.records.forEach((record, i) => {
    const rowNumber = i + 1;
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const rowIssues: ProductImportIssue[] = [];
    const fail = (field: string, code: string) => rowIssues.push({ rowNumber, field, code });
    if (malformed.has(rowNumber)) fail('row', 'malformedRow');
    const sku = cell('sku');
    if (sku === '') fail('sku', 'required');
    else if (sku.length > 64) fail('sku', 'tooLong');
    else if (seen.has(sku.toLowerCase())) fail('sku', 'duplicateSku');
    const name = { zh: cell('nameZh'), en: cell('nameEn') };
    if (name.zh === '' && name.en === '') fail('name', 'required');
    if (name.zh.length > 500 || name.en.length > 500) fail('name', 'tooLong');
    const unit = unitOf(cell('unit'));
    if (!unit) fail('unit', cell('unit') === '' ? 'required' : 'invalidUnit');
    const taxText = cell('taxRate').replace(/%$/u, '');
    const taxRateBps = taxText === '' ? undefined : parseDecimal(taxText, 2);
    if (taxRateBps === undefined || taxRateBps < 0 || taxRateBps > 10_000) {
      fail('taxRate', taxText === '' ? 'required' : 'invalidTaxRate');
    }
    const rowPrices: ProductImportRow['prices'] = [];
    for (const { currency, index } of prices) {
      const raw = (record[index] ?? '').trim();
      if (raw === '') continue;
      const amount = parseDecimal(raw, currencyExponent(currency));
      if (amount === undefined || amount < 0) fail(`prices.${currency}`, 'invalidPrice');
      else rowPrices.push({ amount, currency });
    }
    if (rowPrices.length === 0 && !rowIssues.some((issue) => issue.field.startsWith('prices'))) {
      fail('prices', 'required');
    }
    const activeText = cell('active').toLowerCase();
    if (!truthy.has(activeText) && !falsy.has(activeText)) fail('active', 'invalidFlag');
    const kindText = cell('kind').toLowerCase();
    const kind = kindText === '' ? undefined : kindAliases[kindText];
    if (kindText !== '' && !kind) fail('kind', 'invalidKind');
    const category = cell('category');
    if (category.length > 100) fail('category', 'tooLong');
    const description = { zh: cell('descriptionZh'), en: cell('descriptionEn') };
    if (description.zh.length > 500 || description.en.length > 500) fail('description', 'tooLong');
    if (rowIssues.length > 0 || !unit || taxRateBps === undefined) {
      issues.push(...rowIssues);
      return;
    }
    seen.add(sku.toLowerCase());
    rows.push({
      rowNumber,
      sku,
      name,
      ...(description.zh || description.en ? { description } : {}),
      unit,
      ...(kind ? { kind } : {}),
      prices: rowPrices,
      taxRateBps,
      ...(category ? { category } : {}),
      active: !falsy.has(activeText),
    });
  });
  return { rows, issues };
}
