import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planLeadCsvImport } from './planLeadCsvImport.ts';

const fixtureBytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/csv/${name}`, import.meta.url)));

const badRows = (plan: ReturnType<typeof planLeadCsvImport>) =>
  plan.rows.flatMap((row) =>
    row.issues.map((issue) => [issue.rowNumber, issue.field, issue.code, row.draft.email]),
  );

describe('planLeadCsvImport with the Salesforce export', () => {
  const plan = planLeadCsvImport({ bytes: fixtureBytes('salesforce-leads.csv') });

  it('detects the preset and reads every record, quoted newlines kept inside the description', () => {
    expect(plan.encoding).toBe('utf-8');
    expect(plan.presetId).toBe('salesforce');
    expect(plan.headers).toHaveLength(23);
    expect(plan.rows).toHaveLength(40);
    expect(plan.rows[0]).toMatchObject({
      rowNumber: 1,
      status: 'new',
      draft: {
        firstName: 'Ethan',
        lastName: 'Müller',
        company: 'Wingtip Toys',
        title: 'CTO',
        email: 'ethan.müller@wingtiptoys.com',
        phone: '+1 (415) 555-1000',
        source: 'trade_show',
        rating: 'cold',
        industry: 'Manufacturing',
        country: 'United States',
        notes: 'Met at booth 4B.\nInterested in 200 units, wants quote by Friday.',
      },
    });
    expect(plan.rows[1]).toEqual({
      rowNumber: 2,
      status: 'contacted',
      draft: {
        firstName: 'Maria',
        lastName: 'Garcia',
        company: 'Wingtip Toys',
        title: 'Engineer',
        email: 'maria.garcia@wingtiptoys.com',
        phone: '+1 (415) 555-1001',
        source: 'trade_show',
        rating: 'hot',
        industry: 'Technology',
        country: 'United States',
        notes: 'Follow up after show',
      },
      value: {
        firstName: 'Maria',
        lastName: 'Garcia',
        company: 'Wingtip Toys',
        title: 'Engineer',
        email: 'maria.garcia@wingtiptoys.com',
        phone: '+1 (415) 555-1001',
        source: 'trade_show',
        rating: 'hot',
        industry: 'Technology',
        country: 'United States',
        notes: 'Follow up after show',
        consent: { given: false },
      },
      issues: [],
      warnings: [],
    });
    expect(plan.rows.map((row) => row.draft.source)).toContain('import');
    expect(plan.rows.filter((row) => row.draft.notes?.includes('\n'))).toHaveLength(6);
  });

  it('reports the bad email of row 6 by row, field and code', () => {
    expect(badRows(plan)).toContainEqual([6, 'email', 'invalidEmail', 'not-an-email']);
    // Internationalised local parts such as müller@ are valid addresses, so only row 6 is bad.
    expect(badRows(plan).map(([rowNumber]) => rowNumber)).toEqual([6]);
  });

  it('finds row 13 as a duplicate of row 4 and counts the summary', () => {
    expect(
      plan.rows.filter((row) => row.duplicateOf).map((row) => [row.rowNumber, row.duplicateOf]),
    ).toEqual([[13, { rowNumber: 4, by: 'email' }]]);
    expect(plan.summary).toEqual({
      totalRows: 40,
      validRows: 39,
      invalidRows: 1,
      duplicateRows: 1,
      uniqueValidRows: 38,
      issueCounts: { invalidEmail: 1 },
    });
  });
});

describe('planLeadCsvImport with the HubSpot export (UTF-8 with BOM)', () => {
  const plan = planLeadCsvImport({ bytes: fixtureBytes('hubspot-contacts.csv') });

  it('strips the BOM, detects the preset and maps Chinese and English rows', () => {
    expect(plan.encoding).toBe('utf-8-bom');
    expect(plan.presetId).toBe('hubspot');
    expect(plan.headers[0]).toBe('Record ID');
    expect(plan.rows).toHaveLength(30);
    expect(plan.rows[0]).toMatchObject({
      status: 'disqualified',
      draft: {
        firstName: '磊',
        lastName: '王',
        email: 'user0@example.cn',
        phone: '+86 138 0013 8000',
        company: '上海浦江物流有限公司',
        title: 'VP Sales',
        country: 'China',
        source: 'ad',
      },
    });
    expect(plan.rows[1]?.draft).toMatchObject({
      firstName: 'Chloe',
      title: '采购经理',
      source: 'import',
    });
    expect(plan.rows[5]?.draft).toMatchObject({ lastName: "O'Brien", source: 'website' });
    expect(plan.rows[5]).not.toHaveProperty('status');
  });

  it('reports the email without "@" in row 8 and nothing else', () => {
    expect(badRows(plan)).toEqual([[8, 'email', 'invalidEmail', 'missing-at-sign.example.com']]);
    expect(plan.summary).toMatchObject({ totalRows: 30, validRows: 29, duplicateRows: 0 });
  });
});

describe('planLeadCsvImport with the GBK file from Chinese Excel', () => {
  const plan = planLeadCsvImport({ bytes: fixtureBytes('excel-gbk-leads.csv') });

  it('decodes GBK, reads CR CR LF line ends without blank rows and splits 姓名', () => {
    expect(plan.encoding).toBe('gb18030');
    expect(plan.presetId).toBe('excelZh');
    expect(plan.headers).toEqual(['姓名', '公司', '职位', '手机', '邮箱', '来源', '备注']);
    expect(plan.rows).toHaveLength(25);
    expect(plan.rows[0]).toMatchObject({
      rowNumber: 1,
      draft: {
        lastName: '周',
        firstName: '娜',
        company: '杭州联合机械有限公司',
        title: '销售总监',
        phone: '13900000000',
        email: 'contact0@example.cn',
        source: 'trade_show',
        notes: '展会现场交流，对产品很感兴趣',
      },
      issues: [],
    });
    expect(plan.rows[1]?.draft).toMatchObject({
      lastName: '赵',
      firstName: '静',
      source: 'website',
    });
    expect(plan.rows[1]?.draft).not.toHaveProperty('notes');
    expect(plan.rows.map((row) => row.draft.source)).toEqual(
      expect.arrayContaining(['trade_show', 'website', 'ad', 'referral']),
    );
    expect(plan.summary).toEqual({
      totalRows: 25,
      validRows: 25,
      invalidRows: 0,
      duplicateRows: 0,
      uniqueValidRows: 25,
      issueCounts: {},
    });
  });

  it('reads garbage when forced to the wrong encoding, so the preview can offer a switch', () => {
    const wrong = planLeadCsvImport({
      bytes: fixtureBytes('excel-gbk-leads.csv'),
      encoding: 'utf-8',
    });
    expect(wrong.encoding).toBe('utf-8');
    expect(wrong.presetId).toBeNull();
    expect(wrong.summary.validRows).toBe(0);
  });
});

describe('planLeadCsvImport at 50,000 rows', () => {
  it('decodes, parses, maps, validates and dedupes a generated file', () => {
    const lines = ['FirstName,LastName,Company,Email,Phone,LeadSource,Description'];
    for (let i = 0; i < 50_000; i++) {
      const email = i % 1000 === 999 ? `broken${i}` : `lead${i % 49_990}@example.com`;
      const note = i % 10 === 0 ? '"Two lines,\nwith a comma"' : 'plain';
      lines.push(
        `Name${i},Last${i},Company ${i % 500},${email},+1 415 555 ${String(i % 10_000).padStart(4, '0')},Web,${note}`,
      );
    }
    const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
    const started = performance.now();
    const plan = planLeadCsvImport({ bytes, defaultCountry: 'US' });
    const elapsed = performance.now() - started;
    console.log(
      `planLeadCsvImport: 50,000 rows (${(bytes.length / 1e6).toFixed(1)} MB) in ${elapsed.toFixed(0)} ms`,
    );
    expect(plan.rows).toHaveLength(50_000);
    expect(plan.summary.invalidRows).toBe(50);
    // Phones repeat every 10,000 rows, emails after 49,990: every row from 10,001 on repeats one.
    expect(plan.summary.duplicateRows).toBe(40_000);
    expect(plan.rows[10]?.draft.notes).toBe('Two lines,\nwith a comma');
    expect(plan.rows[49_999]?.rowNumber).toBe(50_000);
  });
});
