import { describe, expect, it } from 'vitest';
import { formatAmount, formatMoney } from './formatMoney.ts';

// Intl output uses narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    [{ amount: 129_990, currency: 'CNY' }, 'zh-CN', '¥1,299.90'],
    [{ amount: 129_990, currency: 'USD' }, 'en-US', '$1,299.90'],
    [{ amount: 2_700_000, currency: 'JPY' }, 'ja-JP', '￥2,700,000'],
    [{ amount: 2_700_000, currency: 'JPY' }, 'en-US', '¥2,700,000'],
    [{ amount: -1_505, currency: 'EUR' }, 'de-DE', '-15,05 €'],
    [{ amount: 1_500, currency: 'KWD' }, 'en-US', 'KWD 1.500'],
    [{ amount: 0, currency: 'CNY' }, 'zh-CN', '¥0.00'],
  ])('formats %o in %s', (value, locale, expected) => {
    expect(plain(formatMoney(value, locale))).toBe(expected);
  });

  it('prints every digit of the largest safe amount', () => {
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en-US')).toBe(
      '$90,071,992,547,409.91',
    );
  });

  it('refuses an unknown currency', () => {
    expect(() => formatMoney({ amount: 1, currency: 'XYZ' }, 'en')).toThrow(
      expect.objectContaining({ code: 'unknownCurrency' }),
    );
  });

  it('formats the amount alone, in the currency’s digits, for tables that name the currency once', () => {
    expect(formatAmount({ amount: 129_990, currency: 'CNY' }, 'zh-CN')).toBe('1,299.90');
    expect(formatAmount({ amount: 2_700_000, currency: 'JPY' }, 'en')).toBe('2,700,000');
    expect(plain(formatAmount({ amount: -1_505, currency: 'EUR' }, 'de-DE'))).toBe('-15,05');
  });
});
