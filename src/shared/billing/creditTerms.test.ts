import { describe, expect, it } from 'vitest';
import { isDomainError } from '../domain/DomainError.ts';
import {
  assertCreditTermsChange,
  canSetCreditTerms,
  creditTermsChanged,
  onlyCreditTermsChanged,
} from './creditTerms.ts';

const limit = { creditLimit: { amount: 50_000_000, currency: 'CNY' } };

describe('credit terms', () => {
  it('are set by finance, managers and admins, not reps', () => {
    expect(
      ['finance', 'manager', 'admin'].every((role) => canSetCreditTerms(role as 'admin')),
    ).toBe(true);
    expect(canSetCreditTerms('rep')).toBe(false);
  });

  it('count a new limit, a lifted hold and other payment terms as changes, no hold and false as the same', () => {
    expect(creditTermsChanged({}, limit)).toBe(true);
    expect(
      creditTermsChanged(limit, { creditLimit: { amount: 50_000_000, currency: 'CNY' } }),
    ).toBe(false);
    expect(creditTermsChanged({ creditHold: true }, { creditHold: false })).toBe(true);
    expect(creditTermsChanged({}, { creditHold: false })).toBe(false);
    expect(creditTermsChanged({ paymentTermsDays: 30 }, { paymentTermsDays: 60 })).toBe(true);
    expect(creditTermsChanged(undefined, {})).toBe(false);
  });

  it('refuse a rep who raises a limit, and let a rep change anything else', () => {
    let refused: unknown;
    try {
      assertCreditTermsChange({ role: 'rep', before: {}, after: limit });
    } catch (error) {
      refused = error;
    }
    expect(isDomainError(refused, 'creditTermsFinanceOnly')).toBe(true);
    expect(() =>
      assertCreditTermsChange({ role: 'rep', before: limit, after: limit }),
    ).not.toThrow();
    expect(() =>
      assertCreditTermsChange({ role: 'finance', before: {}, after: limit }),
    ).not.toThrow();
  });

  it('tell a change of credit terms alone from one of the account itself', () => {
    const account = {
      name: 'Nordlicht',
      address: { city: 'Hamburg', country: 'DE' },
      updatedAt: 'a',
    };
    expect(
      onlyCreditTermsChanged(account, {
        ...account,
        address: { country: 'DE', city: 'Hamburg' },
        ...limit,
        creditHold: true,
        updatedAt: 'b',
      }),
    ).toBe(true);
    expect(onlyCreditTermsChanged(account, { ...account, name: 'Nordlicht GmbH' })).toBe(false);
  });
});
