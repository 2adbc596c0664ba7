import { normalizeCsvKey } from './leadCsvValues.ts';
import {
  type CsvColumnSetId,
  type CsvMapping,
  type RecordCsvEntity,
  recordCsvPresets,
} from './recordCsvPresets.ts';

// Headers people type by hand, beyond the presets' own names (normalized with normalizeCsvKey).
const aliases: Record<RecordCsvEntity, Record<string, string>> = {
  accounts: {
    account: 'name',
    accountname: 'name',
    company: 'name',
    companyname: 'name',
    公司: 'name',
    公司名称: 'name',
    客户名称: 'name',
    行业: 'industry',
    网站: 'website',
    电话: 'phone',
    邮箱: 'email',
    address: 'addressLine1',
    street: 'addressLine1',
    地址: 'addressLine1',
    城市: 'city',
    state: 'region',
    province: 'region',
    省份: 'region',
    邮编: 'postalCode',
    zip: 'postalCode',
    国家: 'country',
    taxid: 'taxId',
    vat: 'taxId',
    税号: 'taxId',
    备注: 'notes',
  },
  contacts: {
    name: 'fullName',
    fullname: 'fullName',
    姓名: 'fullName',
    联系人: 'fullName',
    company: 'accountName',
    account: 'accountName',
    accountname: 'accountName',
    公司: 'accountName',
    jobtitle: 'title',
    职位: 'title',
    邮箱: 'email',
    电话: 'phone',
    手机: 'mobile',
    mobilephone: 'mobile',
    备注: 'notes',
  },
  products: {
    item: 'sku',
    code: 'sku',
    编码: 'sku',
    产品编码: 'sku',
    name: 'nameEn',
    名称: 'nameZh',
    产品名称: 'nameZh',
    中文名称: 'nameZh',
    英文名称: 'nameEn',
    description: 'descriptionEn',
    描述: 'descriptionZh',
    uom: 'unit',
    单位: 'unit',
    taxrate: 'taxRate',
    tax: 'taxRate',
    vat: 'taxRate',
    税率: 'taxRate',
    类别: 'category',
    分类: 'category',
    enabled: 'active',
    启用: 'active',
  },
};

const priceHeader = /^(?:list\s*)?(?:price|价格|单价)[\s_(:-]*([a-z]{3})\)?$/iu;

/**
 * The mapping step's starting point for an account, contact or product file: the preset whose
 * exact column names match best (at least two), then aliases; unknown headers are ignored.
 */
export function suggestRecordCsvMapping(
  entity: RecordCsvEntity,
  headers: readonly string[],
): { presetId: CsvColumnSetId | null; mapping: CsvMapping } {
  const trimmed = headers.map((header) => header.replace(/^\uFEFF/u, '').trim());
  let presetId: CsvColumnSetId | null = null;
  let best = 1;
  for (const preset of Object.values(recordCsvPresets[entity])) {
    const names = new Set(preset.columns.map((column) => column.header));
    const score = trimmed.filter((header) => names.has(header)).length;
    if (score > best) {
      best = score;
      presetId = preset.id;
    }
  }
  const known = new Map<string, string>();
  const ordered = presetId ? [recordCsvPresets[entity][presetId]] : [];
  for (const preset of [...ordered, ...Object.values(recordCsvPresets[entity])]) {
    for (const column of preset?.columns ?? []) {
      const key = normalizeCsvKey(column.header);
      if (!known.has(key)) known.set(key, column.target);
    }
  }
  for (const [alias, target] of Object.entries(aliases[entity])) {
    if (!known.has(alias)) known.set(alias, target);
  }
  const columns: Record<string, string> = {};
  for (const header of trimmed) {
    if (header === '') continue;
    const price = entity === 'products' ? priceHeader.exec(header) : null;
    columns[header] = price?.[1]
      ? `price.${price[1].toUpperCase()}`
      : (known.get(normalizeCsvKey(header)) ?? 'ignore');
  }
  return { presetId, mapping: { columns } };
}
