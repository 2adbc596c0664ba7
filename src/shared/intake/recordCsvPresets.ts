import { normalizeCsvKey } from './leadCsvValues.ts';

/** Where an account CSV column goes. */
export type AccountCsvTarget =
  | 'name'
  | 'industry'
  | 'website'
  | 'phone'
  | 'email'
  | 'addressLine1'
  | 'city'
  | 'region'
  | 'postalCode'
  | 'country'
  | 'taxId'
  | 'tags'
  | 'notes'
  | 'ignore';

/** Where a contact CSV column goes; `accountName` finds (or makes) the account by name. */
export type ContactCsvTarget =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'accountName'
  | 'title'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'notes'
  | 'ignore';

/** Where a product CSV column goes; `price.XXX` is the list price in currency XXX. */
export type ProductCsvTarget =
  | 'sku'
  | 'nameZh'
  | 'nameEn'
  | 'descriptionZh'
  | 'descriptionEn'
  | 'unit'
  | 'taxRate'
  | 'category'
  | 'active'
  | `price.${string}`
  | 'ignore';

/** Entities the import wizard reads besides leads. */
export type RecordCsvEntity = 'accounts' | 'contacts' | 'products';

export type RecordCsvTarget<E extends RecordCsvEntity> = E extends 'accounts'
  ? AccountCsvTarget
  : E extends 'contacts'
    ? ContactCsvTarget
    : ProductCsvTarget;

/** A column mapping for any entity: header (matched case- and space-insensitively) → target. */
export type CsvMapping = { columns: Readonly<Record<string, string>> };

export type CsvColumnSetId = 'salesforce' | 'hubspot' | 'fieldbook';
export type CsvColumnSet = {
  id: CsvColumnSetId;
  columns: readonly { header: string; target: string }[];
};

/** The targets a mapping may choose per entity, in the order the mapping step lists them. */
export const recordCsvTargets = {
  accounts: [
    'name',
    'industry',
    'website',
    'phone',
    'email',
    'addressLine1',
    'city',
    'region',
    'postalCode',
    'country',
    'taxId',
    'tags',
    'notes',
  ],
  contacts: [
    'firstName',
    'lastName',
    'fullName',
    'accountName',
    'title',
    'email',
    'phone',
    'mobile',
    'notes',
  ],
  products: [
    'sku',
    'nameZh',
    'nameEn',
    'descriptionZh',
    'descriptionEn',
    'unit',
    'taxRate',
    'category',
    'active',
    'price.CNY',
    'price.USD',
    'price.EUR',
    'price.JPY',
    'price.HKD',
    'price.GBP',
  ],
} as const satisfies Record<RecordCsvEntity, readonly string[]>;

const set = (id: CsvColumnSetId, pairs: readonly (readonly [string, string])[]): CsvColumnSet => ({
  id,
  columns: pairs.map(([header, target]) => ({ header, target })),
});

/**
 * Known export column sets per entity: Salesforce (Data Loader field names), HubSpot ("Export
 * view" labels) and Fieldbook's own; imports read them and exports write them.
 */
export const recordCsvPresets: Readonly<
  Record<RecordCsvEntity, Partial<Record<CsvColumnSetId, CsvColumnSet>>>
> = {
  accounts: {
    salesforce: set('salesforce', [
      ['Name', 'name'],
      ['Industry', 'industry'],
      ['Website', 'website'],
      ['Phone', 'phone'],
      ['BillingStreet', 'addressLine1'],
      ['BillingCity', 'city'],
      ['BillingState', 'region'],
      ['BillingPostalCode', 'postalCode'],
      ['BillingCountry', 'country'],
      ['Description', 'notes'],
    ]),
    hubspot: set('hubspot', [
      ['Company name', 'name'],
      ['Industry', 'industry'],
      ['Website URL', 'website'],
      ['Phone Number', 'phone'],
      ['Street Address', 'addressLine1'],
      ['City', 'city'],
      ['State/Region', 'region'],
      ['Postal Code', 'postalCode'],
      ['Country/Region', 'country'],
      ['Description', 'notes'],
    ]),
    fieldbook: set('fieldbook', [
      ['name', 'name'],
      ['industry', 'industry'],
      ['website', 'website'],
      ['phone', 'phone'],
      ['email', 'email'],
      ['addressLine1', 'addressLine1'],
      ['city', 'city'],
      ['region', 'region'],
      ['postalCode', 'postalCode'],
      ['country', 'country'],
      ['taxId', 'taxId'],
      ['tags', 'tags'],
      ['notes', 'notes'],
    ]),
  },
  contacts: {
    salesforce: set('salesforce', [
      ['FirstName', 'firstName'],
      ['LastName', 'lastName'],
      ['Account.Name', 'accountName'],
      ['Title', 'title'],
      ['Email', 'email'],
      ['Phone', 'phone'],
      ['MobilePhone', 'mobile'],
      ['Description', 'notes'],
    ]),
    hubspot: set('hubspot', [
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Company Name', 'accountName'],
      ['Job Title', 'title'],
      ['Email', 'email'],
      ['Phone Number', 'phone'],
      ['Mobile Phone Number', 'mobile'],
      ['Notes', 'notes'],
    ]),
    fieldbook: set('fieldbook', [
      ['firstName', 'firstName'],
      ['lastName', 'lastName'],
      ['account', 'accountName'],
      ['title', 'title'],
      ['email', 'email'],
      ['phone', 'phone'],
      ['mobile', 'mobile'],
      ['notes', 'notes'],
    ]),
  },
  products: {
    salesforce: set('salesforce', [
      ['ProductCode', 'sku'],
      ['Name', 'nameEn'],
      ['Description', 'descriptionEn'],
      ['QuantityUnitOfMeasure', 'unit'],
      ['Family', 'category'],
      ['IsActive', 'active'],
    ]),
    hubspot: set('hubspot', [
      ['SKU', 'sku'],
      ['Name', 'nameEn'],
      ['Description', 'descriptionEn'],
      ['Unit price', 'price.USD'],
      ['Product Type', 'category'],
    ]),
    fieldbook: set('fieldbook', [
      ['sku', 'sku'],
      ['name_zh', 'nameZh'],
      ['name_en', 'nameEn'],
      ['description_zh', 'descriptionZh'],
      ['description_en', 'descriptionEn'],
      ['unit', 'unit'],
      ['tax_rate', 'taxRate'],
      ['category', 'category'],
      ['active', 'active'],
      ['price_CNY', 'price.CNY'],
      ['price_USD', 'price.USD'],
      ['price_EUR', 'price.EUR'],
    ]),
  },
};

/** A preset's columns as a mapping. */
export function recordPresetMapping(entity: RecordCsvEntity, id: CsvColumnSetId): CsvMapping {
  const preset = recordCsvPresets[entity][id];
  return {
    columns: Object.fromEntries((preset?.columns ?? []).map((c) => [c.header, c.target])),
  };
}

/** Each header position's target under `mapping` (`ignore` when unmapped). */
export function resolveCsvTargets(headers: readonly string[], mapping: CsvMapping): string[] {
  const byKey = new Map<string, string>();
  for (const [header, target] of Object.entries(mapping.columns)) {
    byKey.set(normalizeCsvKey(header), target);
  }
  return headers.map((header) => byKey.get(normalizeCsvKey(header)) ?? 'ignore');
}
