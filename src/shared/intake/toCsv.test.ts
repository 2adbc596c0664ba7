import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decodeCsvBytes.ts';
import { type ExportableLead, leadsToCsvTable } from './leadsToCsvTable.ts';
import { parseCsvText } from './parseCsvText.ts';
import { planLeadCsvImport } from './planLeadCsvImport.ts';
import { escapeCsvFormula, toCsv, unescapeCsvFormula } from './toCsv.ts';

const wangLi: ExportableLead = {
  firstName: '丽',
  lastName: '王',
  company: '深圳星河电子有限公司',
  title: '采购总监',
  email: 'li.wang@xinghe-elec.com',
  phone: '+86 755 2345 6789',
  source: 'trade_show',
  status: 'contacted',
  rating: 'hot',
  notes: '展会现场交流，\n对产品很感兴趣',
};

const keller: ExportableLead = {
  firstName: 'Anna',
  lastName: 'Keller',
  company: 'Keller "Feinmechanik", GmbH',
  title: '',
  email: 'a.keller@keller-fm.de',
  phone: '+49 711 555 0101',
  source: 'referral',
  status: 'new',
  notes: '=HYPERLINK("http://evil.example","click")',
  country: 'Germany',
};

describe('toCsv', () => {
  it('writes a BOM, CRLF rows and quotes only where needed', () => {
    expect(
      toCsv({
        columns: ['a', 'b'],
        rows: [
          ['1', 'x,y'],
          ['say "hi"', 'two\nlines'],
        ],
      }),
    ).toBe('\uFEFFa,b\r\n1,"x,y"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('neutralises cells that Excel would run as formulas', () => {
    expect(
      toCsv({ columns: ['v'], rows: [['=1+1'], ['+86 139'], ['-5'], ['@SUM(A1)'], ['a=b'], ['']] }),
    ).toBe("\uFEFFv\r\n'=1+1\r\n'+86 139\r\n'-5\r\n'@SUM(A1)\r\na=b\r\n\r\n");
    expect(escapeCsvFormula('\t=cmd')).toBe("'\t=cmd");
    expect(escapeCsvFormula('中文')).toBe('中文');
    expect(unescapeCsvFormula("'+86 139")).toBe('+86 139');
    expect(unescapeCsvFormula("'quoted'")).toBe("'quoted'");
  });

  it('fills short rows with empty cells', () => {
    expect(toCsv({ columns: ['a', 'b', 'c'], rows: [['1']] })).toBe('\uFEFFa,b,c\r\n1,,\r\n');
  });
});

describe('leadsToCsvTable', () => {
  it('writes the Chinese Excel column set with 姓名 family name first and Chinese words', () => {
    const table = leadsToCsvTable([wangLi], 'excelZh');
    expect(table.columns).toEqual([
      '姓名',
      '公司',
      '职位',
      '手机',
      '邮箱',
      '来源',
      '状态',
      '评级',
      '行业',
      '国家',
      '备注',
    ]);
    expect(table.rows).toEqual([
      [
        '王丽',
        '深圳星河电子有限公司',
        '采购总监',
        '+86 755 2345 6789',
        'li.wang@xinghe-elec.com',
        '展会',
        '已联系',
        '热',
        '',
        '',
        '展会现场交流，\n对产品很感兴趣',
      ],
    ]);
  });

  it('writes the Salesforce column set without the mobile column', () => {
    const table = leadsToCsvTable([keller], 'salesforce');
    expect(table.columns).toEqual([
      'FirstName',
      'LastName',
      'Company',
      'Title',
      'Email',
      'Phone',
      'LeadSource',
      'Status',
      'Rating',
      'Industry',
      'Country',
      'Description',
    ]);
    expect(table.rows[0]).toEqual([
      'Anna',
      'Keller',
      'Keller "Feinmechanik", GmbH',
      '',
      'a.keller@keller-fm.de',
      '+49 711 555 0101',
      'Partner Referral',
      'Open - Not Contacted',
      '',
      '',
      'Germany',
      '=HYPERLINK("http://evil.example","click")',
    ]);
  });

  it.each(['salesforce', 'hubspot', 'excelZh', 'fieldbook'] as const)(
    'round-trips through the %s import preset',
    (presetId) => {
      const text = toCsv(leadsToCsvTable([wangLi, keller], presetId));
      const bytes = new TextEncoder().encode(text);
      expect(decodeCsvBytes(bytes).encoding).toBe('utf-8-bom');
      const plan = planLeadCsvImport({ bytes });
      expect(plan.presetId).toBe(presetId);
      expect(plan.rows.map((row) => row.issues)).toEqual([[], []]);
      expect(plan.rows[0]?.draft).toMatchObject({
        firstName: '丽',
        lastName: '王',
        company: '深圳星河电子有限公司',
        email: 'li.wang@xinghe-elec.com',
        source: presetId === 'hubspot' ? 'import' : 'trade_show',
        notes: '展会现场交流，\n对产品很感兴趣',
      });
      expect(plan.rows[1]?.draft).toMatchObject({
        firstName: 'Anna',
        lastName: 'Keller',
        company: 'Keller "Feinmechanik", GmbH',
        phone: '+49 711 555 0101',
        notes: '=HYPERLINK("http://evil.example","click")',
      });
    },
  );

  it('exports 10,000 leads into a file Papa Parse reads back row for row', () => {
    const leads = Array.from({ length: 10_000 }, (_, i) => ({
      ...keller,
      email: `k${i}@x.de`,
      notes: `line ${i}\nsecond`,
    }));
    const parsed = parseCsvText(toCsv(leadsToCsvTable(leads, 'fieldbook')));
    expect(parsed.records).toHaveLength(10_000);
    expect(parsed.records[9_999]?.[4]).toBe('k9999@x.de');
    expect(parsed.records[9_999]?.[11]).toBe('line 9999\nsecond');
    expect(parsed.records[9_999]?.[5]).toBe("'+49 711 555 0101");
  });
});
