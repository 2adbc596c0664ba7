import { describe, expect, it } from 'vitest';
import { presetMapping } from './leadCsvPresets.ts';
import { planLeadImport } from './planLeadImport.ts';

describe('planLeadImport', () => {
  it('applies a custom mapping matched regardless of case and spacing', () => {
    const plan = planLeadImport({
      headers: ['Full name', 'E-Mail', 'Firma', 'Handy', 'Bemerkung', 'Interne ID'],
      records: [
        [
          'Anna Keller',
          'a.keller@keller-fm.de',
          'Keller GmbH',
          '+49 171 1234567',
          ' Hall 3 ',
          'K-1',
        ],
      ],
      mapping: {
        columns: {
          'full name': 'fullName',
          'e-mail': 'email',
          FIRMA: 'company',
          Handy: 'mobile',
          Bemerkung: 'notes',
          'Interne ID': 'ignore',
        },
      },
      eventId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    });
    expect(plan.rows[0]).toMatchObject({
      rowNumber: 1,
      draft: {
        firstName: 'Anna',
        lastName: 'Keller',
        email: 'a.keller@keller-fm.de',
        company: 'Keller GmbH',
        phone: '+49 171 1234567',
        notes: 'Hall 3',
        source: 'import',
        eventId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      },
      issues: [],
    });
    expect(plan.rows[0]?.value?.eventId).toBe('0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
  });

  it('splits Chinese full names, compound surnames included', () => {
    const plan = planLeadImport({
      headers: ['姓名', '手机'],
      records: [
        ['王丽', '13900000001'],
        ['欧阳娜娜', '13900000002'],
        ['司马 光', '13900000003'],
      ],
      mapping: presetMapping('excelZh'),
    });
    expect(plan.rows.map((row) => [row.draft.lastName, row.draft.firstName])).toEqual([
      ['王', '丽'],
      ['欧阳', '娜娜'],
      ['司马', '光'],
    ]);
  });

  it('gives every refused row its row number, field and code', () => {
    const plan = planLeadImport({
      headers: ['FirstName', 'Email', 'Phone'],
      records: [
        ['', '', ''],
        ['Ann', 'ann@', 'call me'],
        ['Bo', 'bo@example.com', ''],
      ],
      mapping: presetMapping('salesforce'),
    });
    expect(plan.rows.map((row) => row.issues)).toEqual([
      [
        { rowNumber: 1, field: 'name', code: 'nameOrCompanyRequired' },
        { rowNumber: 1, field: 'contact', code: 'contactRequired' },
      ],
      [
        { rowNumber: 2, field: 'email', code: 'invalidEmail' },
        { rowNumber: 2, field: 'phone', code: 'invalidPhone' },
      ],
      [],
    ]);
    expect(plan.rows[0]).not.toHaveProperty('value');
    expect(plan.summary).toEqual({
      totalRows: 3,
      validRows: 1,
      invalidRows: 2,
      duplicateRows: 0,
      uniqueValidRows: 1,
      issueCounts: {
        nameOrCompanyRequired: 1,
        contactRequired: 1,
        invalidEmail: 1,
        invalidPhone: 1,
      },
    });
  });

  it('finds duplicates by email (any case) and by the same phone written differently', () => {
    const plan = planLeadImport({
      headers: ['姓名', '邮箱', '手机'],
      records: [
        ['王丽', 'Li.Wang@Example.cn', '139 0000 0001'],
        ['李娜', 'na@example.cn', '+86 139-0000-0002'],
        ['王丽', 'li.wang@example.cn ', ''],
        ['李娜二', '', '13900000002'],
        ['张伟', '', '13900000003'],
      ],
      mapping: presetMapping('excelZh'),
    });
    expect(plan.rows.map((row) => row.duplicateOf)).toEqual([
      undefined,
      undefined,
      { rowNumber: 1, by: 'email' },
      { rowNumber: 2, by: 'phone' },
      undefined,
    ]);
    expect(plan.summary).toMatchObject({ duplicateRows: 2, validRows: 5, uniqueValidRows: 3 });
  });

  it('reads sources, statuses and ratings in any preset words and warns about unknown ones', () => {
    const plan = planLeadImport({
      headers: ['Company', 'Email', 'LeadSource', 'Status', 'Rating'],
      records: [
        ['A', 'a@x.com', 'Partner Referral', 'Working - Contacted', 'Warm'],
        ['B', 'b@x.com', 'PAID_SEARCH', 'UNQUALIFIED', '热'],
        ['C', 'c@x.com', 'Webinar', 'Nurturing', 'A+'],
        ['D', 'd@x.com', '', '', ''],
      ],
      mapping: presetMapping('salesforce'),
      defaultSource: 'trade_show',
    });
    expect(plan.rows.map((row) => [row.draft.source, row.status, row.draft.rating])).toEqual([
      ['referral', 'contacted', 'warm'],
      ['ad', 'disqualified', 'hot'],
      ['other', undefined, undefined],
      ['trade_show', undefined, undefined],
    ]);
    expect(plan.rows[2]?.warnings).toEqual([
      { rowNumber: 3, field: 'source', value: 'Webinar' },
      { rowNumber: 3, field: 'status', value: 'Nurturing' },
      { rowNumber: 3, field: 'rating', value: 'A+' },
    ]);
    expect(plan.rows[2]?.value).toBeDefined();
  });

  it('keeps what would otherwise be lost in the notes: extra mapped columns and a second phone', () => {
    const plan = planLeadImport({
      headers: ['Company', 'Email', 'Email 2', 'Phone', 'Mobile', 'Description', 'Comments'],
      records: [
        [
          'Acme',
          'a@acme.com',
          'b@acme.com',
          '+1 415 555 0100',
          '+1 415 555 0199',
          'Met at booth',
          'VIP',
        ],
      ],
      mapping: {
        columns: {
          Company: 'company',
          Email: 'email',
          'Email 2': 'email',
          Phone: 'phone',
          Mobile: 'mobile',
          Description: 'notes',
          Comments: 'notes',
        },
      },
      defaultCountry: 'US',
    });
    expect(plan.rows[0]?.draft).toMatchObject({
      email: 'a@acme.com',
      phone: '+1 415 555 0100',
      notes: 'Description: Met at booth\nComments: VIP\nEmail 2: b@acme.com\n+1 415 555 0199',
    });
  });

  it('uses the mobile number when the phone column is empty', () => {
    const plan = planLeadImport({
      headers: ['LastName', 'Phone', 'MobilePhone'],
      records: [['Keller', '', '+49 171 1234567']],
      mapping: presetMapping('salesforce'),
    });
    expect(plan.rows[0]?.draft.phone).toBe('+49 171 1234567');
    expect(plan.rows[0]?.draft).not.toHaveProperty('notes');
  });

  it('refuses rows the CSV parser flagged as malformed', () => {
    const plan = planLeadImport({
      headers: ['Company', 'Email'],
      records: [
        ['A', 'a@x.com'],
        ['B', 'b@x.com'],
      ],
      mapping: presetMapping('salesforce'),
      malformedRows: [2],
    });
    expect(plan.rows[1]?.issues).toEqual([{ rowNumber: 2, field: 'row', code: 'malformedCsv' }]);
    expect(plan.rows[1]).not.toHaveProperty('value');
    expect(plan.summary).toMatchObject({
      validRows: 1,
      invalidRows: 1,
      issueCounts: { malformedCsv: 1 },
    });
  });

  it('treats short records as empty cells and ignores unmapped headers', () => {
    const plan = planLeadImport({
      headers: ['Company', 'Email', 'Whatever'],
      records: [['Acme']],
      mapping: presetMapping('salesforce'),
    });
    expect(plan.rows[0]?.draft).toEqual({ source: 'import', company: 'Acme' });
    expect(plan.rows[0]?.issues).toEqual([
      { rowNumber: 1, field: 'contact', code: 'contactRequired' },
    ]);
  });
});
