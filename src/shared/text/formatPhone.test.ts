import { describe, expect, it } from 'vitest';
import { formatPhone } from './formatPhone.ts';

describe('formatPhone', () => {
  it.each([
    ['a Chinese mobile typed without the country code', '13912345678', 'CN', '+86 139 1234 5678'],
    ['a Shanghai landline with its area code', '021 6088 1234', 'CN', '+86 21 6088 1234'],
    ['a number already international', '+49 30 33712345', 'CN', '+49 30 33712345'],
    ['a German number read in Germany', '030 33712345', 'DE', '+49 30 33712345'],
    ['full-width digits from a Chinese IME', '１３９１２３４５６７８', 'CN', '+86 139 1234 5678'],
    ['no country known: China', '13912345678', undefined, '+86 139 1234 5678'],
    ['a country that is not a code: China', '13912345678', 'China', '+86 139 1234 5678'],
    ['a German national number read in China stays as typed', '030 33712345', 'CN', '030 33712345'],
    ['what cannot be a number stays as typed', 'ext. 204', 'CN', 'ext. 204'],
    ['a half-typed number stays as typed', '139', 'CN', '139'],
    ['nothing', '  ', 'CN', ''],
  ])('%s', (_label, phone, country, shown) => {
    expect(formatPhone(phone, country)).toBe(shown);
  });
});
