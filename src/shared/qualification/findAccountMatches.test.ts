import { describe, expect, it } from 'vitest';
import type { Account } from '../domain/account.ts';
import { exampleRecords } from '../domain/exampleRecords.ts';
import { findAccountMatches, websiteDomain } from './findAccountMatches.ts';

const huadong = exampleRecords.accounts;
const acme: Account = {
  ...huadong,
  id: '0195a3c2-7f00-7000-8000-0000000000d1',
  name: 'ACME Trading GmbH',
  website: undefined,
  email: 'info@acme-trading.de',
};
const other: Account = {
  ...huadong,
  id: '0195a3c2-7f00-7000-8000-0000000000d2',
  name: '北京远方科技有限公司',
  website: 'www.yuanfang.com.cn',
};
const accounts = [huadong, acme, other];

describe('websiteDomain', () => {
  it('keeps only the host without www', () => {
    expect(websiteDomain('https://www.huadong-trade.cn/en?x=1')).toBe('huadong-trade.cn');
    expect(websiteDomain('WWW.Acme.de:8080')).toBe('acme.de');
    expect(websiteDomain(undefined)).toBe('');
  });
});

describe('findAccountMatches', () => {
  it('finds the same company without its legal suffix and by work email domain', () => {
    const matches = findAccountMatches({
      lead: { company: '上海华东贸易', email: 'li@huadong-trade.cn' },
      accounts,
    });
    expect(matches).toEqual([
      { account: huadong, confidence: 0.98, reasons: ['sameName', 'sameDomain'] },
    ]);
  });

  it('finds an account by domain alone, also from its email', () => {
    const [match] = findAccountMatches({
      lead: { company: '', email: 'max@acme-trading.de' },
      accounts,
    });
    expect(match).toEqual({ account: acme, confidence: 0.8, reasons: ['sameDomain'] });
  });

  it('finds a similar name, and never matches on a personal mailbox', () => {
    const [match, ...rest] = findAccountMatches({
      lead: { company: 'Acme Tradng Ltd.', email: 'max@gmail.com' },
      accounts,
    });
    expect(rest).toEqual([]);
    expect(match?.account).toBe(acme);
    expect(match?.reasons).toEqual(['similarName']);
    const gmailAccount = { ...other, website: 'https://gmail.com' };
    expect(
      findAccountMatches({ lead: { company: '', email: 'a@gmail.com' }, accounts: [gmailAccount] }),
    ).toEqual([]);
  });

  it('finds nothing for an unrelated company', () => {
    expect(findAccountMatches({ lead: { company: '深圳新星电子', email: '' }, accounts })).toEqual(
      [],
    );
  });
});
