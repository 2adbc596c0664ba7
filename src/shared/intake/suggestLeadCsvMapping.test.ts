import { describe, expect, it } from 'vitest';
import { presetMapping } from './leadCsvPresets.ts';
import { parseLeadRating, parseLeadSource, parseLeadStatus } from './leadCsvValues.ts';
import { suggestLeadCsvMapping } from './suggestLeadCsvMapping.ts';

describe('suggestLeadCsvMapping', () => {
  it('recognises each preset by its exact column names', () => {
    expect(suggestLeadCsvMapping(['Id', 'FirstName', 'LastName', 'Email']).presetId).toBe(
      'salesforce',
    );
    expect(suggestLeadCsvMapping(['Record ID', 'First Name', 'Last Name', 'Email']).presetId).toBe(
      'hubspot',
    );
    expect(suggestLeadCsvMapping(['姓名', '公司', '手机']).presetId).toBe('excelZh');
    expect(suggestLeadCsvMapping(['firstName', 'lastName', 'email']).presetId).toBe('fieldbook');
  });

  it('maps every header of an unknown file, guessing common names and ignoring the rest', () => {
    expect(
      suggestLeadCsvMapping(['\uFEFFName', 'E-mail', '电话', '单位', 'Shoe size', '']),
    ).toEqual({
      presetId: null,
      mapping: {
        columns: {
          Name: 'fullName',
          'E-mail': 'email',
          电话: 'phone',
          单位: 'company',
          'Shoe size': 'ignore',
        },
      },
    });
  });

  it('uses the preset target over a generic guess', () => {
    expect(
      suggestLeadCsvMapping(['Phone Number', 'First Name', 'Last Name']).mapping.columns,
    ).toEqual({
      'Phone Number': 'phone',
      'First Name': 'firstName',
      'Last Name': 'lastName',
    });
  });

  it('builds a mapping from a preset', () => {
    expect(presetMapping('excelZh').columns).toMatchObject({ 姓名: 'fullName', 备注: 'notes' });
    expect(presetMapping('salesforce').columns.MobilePhone).toBe('mobile');
  });
});

describe('lead CSV values', () => {
  it.each([
    ['Trade Show', 'trade_show'],
    ['trade_show', 'trade_show'],
    ['展会', 'trade_show'],
    ['Web', 'website'],
    ['官网', 'website'],
    ['ORGANIC_SEARCH', 'website'],
    ['SOCIAL_MEDIA', 'social'],
    ['Advertisement', 'ad'],
    ['广告', 'ad'],
    ['REFERRALS', 'referral'],
    ['转介绍', 'referral'],
    ['Purchased List', 'import'],
    ['OFFLINE', 'import'],
    ['Other', 'other'],
  ])('source %s → %s', (value, expected) => {
    expect(parseLeadSource(value)).toBe(expected);
  });

  it('reads statuses and ratings and refuses unknown words', () => {
    expect(parseLeadStatus('Open - Not Contacted')).toBe('new');
    expect(parseLeadStatus('Closed - Converted')).toBe('converted');
    expect(parseLeadStatus('Closed - Not Converted')).toBe('disqualified');
    expect(parseLeadStatus('IN_PROGRESS')).toBe('contacted');
    expect(parseLeadStatus('OPEN_DEAL')).toBe('qualified');
    expect(parseLeadStatus('已联系')).toBe('contacted');
    expect(parseLeadRating(' HOT ')).toBe('hot');
    expect(parseLeadRating('冷')).toBe('cold');
    expect(parseLeadSource('Webinar')).toBeUndefined();
    expect(parseLeadStatus('Nurturing')).toBeUndefined();
    expect(parseLeadRating('A')).toBeUndefined();
  });
});
