import { describe, expect, it } from 'vitest';
import type { Account } from '../domain/account.ts';
import { createLeadImportMatcher } from './createLeadImportMatcher.ts';
import { parseCsvText } from './parseCsvText.ts';
import { countryCodeOf, planAccountImport, planContactImport } from './planRecordImport.ts';
import { recordPresetMapping } from './recordCsvPresets.ts';
import { accountsToCsvTable, minorUnitsToDecimal } from './recordsToCsvTable.ts';
import { suggestRecordCsvMapping } from './suggestRecordCsvMapping.ts';
import { toCsv } from './toCsv.ts';

const plan = (text: string, entity: 'accounts' | 'contacts') => {
  const parsed = parseCsvText(text);
  const { mapping } = suggestRecordCsvMapping(entity, parsed.headers);
  return entity === 'accounts'
    ? planAccountImport({ ...parsed, mapping })
    : planContactImport({ ...parsed, mapping });
};

describe('suggestRecordCsvMapping', () => {
  it('recognises the Salesforce and HubSpot column sets and hand-typed Chinese headers', () => {
    expect(
      suggestRecordCsvMapping('accounts', ['Name', 'BillingCity', 'BillingCountry']).presetId,
    ).toBe('salesforce');
    expect(
      suggestRecordCsvMapping('contacts', ['First Name', 'Last Name', 'Company Name']),
    ).toMatchObject({
      presetId: 'hubspot',
      mapping: { columns: { 'Company Name': 'accountName' } },
    });
    expect(suggestRecordCsvMapping('contacts', ['姓名', '公司', '手机']).mapping.columns).toEqual({
      姓名: 'fullName',
      公司: 'accountName',
      手机: 'mobile',
    });
    expect(
      suggestRecordCsvMapping('products', ['SKU', 'Price (EUR)', '税率']).mapping.columns,
    ).toEqual({
      SKU: 'sku',
      'Price (EUR)': 'price.EUR',
      税率: 'taxRate',
    });
  });
});

describe('planAccountImport', () => {
  it('validates rows, reads country names, and flags a company named twice', () => {
    const rows = plan(
      [
        'Name,Phone,BillingStreet,BillingCity,BillingCountry,Description',
        'Contoso Ltd.,+49 30 1234567,1 Main St,Berlin,Germany,Key account',
        'CONTOSO LTD,,,,,',
        ',,,,,Only a note',
        'Fabrikam,12,,,Atlantis,',
      ].join('\n'),
      'accounts',
    );
    expect(rows[0]?.value).toEqual({
      name: 'Contoso Ltd.',
      phone: '+49 30 1234567',
      country: 'DE',
      address: { line1: '1 Main St', city: 'Berlin', country: 'DE' },
      notes: 'Key account',
      tags: [],
    });
    expect(rows[1]?.duplicateOf).toEqual({ rowNumber: 1, by: 'name' });
    expect(rows[2]?.issues.map((issue) => issue.code)).toEqual(['nameRequired']);
    expect(rows[3]?.issues.map((issue) => issue.code)).toEqual(['invalidPhone', 'invalidCountry']);
    expect(countryCodeOf('中国')).toBe('CN');
  });

  it('reads back what the account export writes', () => {
    const account: Account = {
      id: '0195f3a0-0000-7000-8000-000000000001',
      ownerId: 'u1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      name: '上海浦江物流有限公司',
      industry: 'Logistics',
      country: 'CN',
      address: { line1: '世纪大道100号', city: '上海', country: 'CN' },
      tags: ['vip', 'east'],
      notes: '=SUM(A1)',
    };
    const csv = toCsv(accountsToCsvTable([account], 'fieldbook'));
    expect(csv.startsWith('\uFEFFname,industry')).toBe(true);
    const parsed = parseCsvText(csv);
    const [row] = planAccountImport({
      ...parsed,
      mapping: recordPresetMapping('accounts', 'fieldbook'),
    });
    expect(row?.value).toMatchObject({
      name: account.name,
      address: account.address,
      tags: ['vip', 'east'],
      notes: '=SUM(A1)',
    });
  });
});

describe('planContactImport', () => {
  it('splits Chinese full names, needs an account, and flags a repeated email', () => {
    const rows = plan(
      [
        '姓名,公司,邮箱,手机',
        '王丽,华东机电,wangli@example.cn,13800138000',
        '李娜,,bad@,',
        '王丽,华东机电,WANGLI@example.cn,',
      ].join('\n'),
      'contacts',
    );
    expect(rows[0]?.value).toMatchObject({
      lastName: '王',
      firstName: '丽',
      accountName: '华东机电',
      phone: '13800138000',
    });
    expect(rows[1]?.issues.map((issue) => issue.code)).toEqual(['accountRequired', 'invalidEmail']);
    expect(rows[2]?.duplicateOf).toEqual({ rowNumber: 1, by: 'email' });
  });
});

describe('createLeadImportMatcher', () => {
  it('finds the same person by email or phone, or a similar name at the same company', () => {
    const matcher = createLeadImportMatcher<{
      id: string;
      firstName: string;
      lastName: string;
      company: string;
      email: string;
      phone: string;
    }>('CN');
    matcher.add({
      id: 'a',
      firstName: '丽',
      lastName: '王',
      company: '华东机电有限公司',
      email: '',
      phone: '138 0013 8000',
    });
    matcher.add({
      id: 'b',
      firstName: 'Anna',
      lastName: 'Schmidt',
      company: 'Contoso GmbH',
      email: 'anna@contoso.de',
      phone: '',
    });
    const person = { firstName: '', lastName: '', company: '', email: '', phone: '' };
    expect(matcher.find({ ...person, phone: '+86 13800138000' })?.record.id).toBe('a');
    expect(matcher.find({ ...person, email: 'ANNA@contoso.de' })?.reasons).toEqual(['sameEmail']);
    expect(
      matcher.find({ ...person, firstName: 'Ana', lastName: 'Schmidt', company: 'Contoso' })?.record
        .id,
    ).toBe('b');
    expect(
      matcher.find({ ...person, firstName: 'Anna', lastName: 'Schmidt', company: 'Fabrikam' }),
    ).toBeUndefined();
  });
});

describe('minorUnitsToDecimal', () => {
  it('writes amounts in the currency’s decimals', () => {
    expect(minorUnitsToDecimal(12_345, 'CNY')).toBe('123.45');
    expect(minorUnitsToDecimal(5, 'USD')).toBe('0.05');
    expect(minorUnitsToDecimal(-150, 'EUR')).toBe('-1.50');
    expect(minorUnitsToDecimal(1200, 'JPY')).toBe('1200');
  });
});
