import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../../../shared/domain/exampleRecords.ts';
import { accountMatches } from './accountQueries.ts';

const hamburg = {
  ...exampleRecords.accounts,
  name: 'Nordlicht Logistics GmbH',
  country: 'DE',
  address: { line1: 'Am Sandtorkai 48', city: 'Hamburg', postalCode: '20457', country: 'DE' },
};

describe('account search', () => {
  it('finds a customer by where it is: city, country in English or Chinese', () => {
    expect(accountMatches(hamburg, 'hamburg')).toBe(true);
    expect(accountMatches(hamburg, 'Germany')).toBe(true);
    expect(accountMatches(hamburg, '德国')).toBe(true);
    expect(accountMatches(hamburg, 'nordlicht germany')).toBe(true);
    expect(accountMatches(hamburg, 'France')).toBe(false);
  });

  it('finds a Chinese customer by a word inside its name and by its city', () => {
    expect(accountMatches(exampleRecords.accounts, '华东')).toBe(true);
    expect(accountMatches(exampleRecords.accounts, '上海')).toBe(true);
    expect(accountMatches(exampleRecords.accounts, '北京')).toBe(false);
  });

  it('finds a customer by its industry in either language', () => {
    const machinery = { ...hamburg, industry: 'Machinery' };
    expect(accountMatches(machinery, '机械')).toBe(true);
    expect(accountMatches(machinery, 'hamburg machinery')).toBe(true);
    expect(accountMatches({ ...hamburg, industry: '物流' }, 'logistics')).toBe(true);
    expect(accountMatches(machinery, '物流')).toBe(false);
  });
});
