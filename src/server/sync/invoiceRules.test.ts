import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../shared/domain/invoice.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { assertInvoiceChange } from './invoiceRules.ts';

type Fields = Pick<Invoice, 'status' | 'number' | 'payments' | 'writeOff'>;

const issued: Fields = { status: 'issued', number: 'INV-2026-0007', payments: [] };
const payment: Invoice['payments'][number] = {
  id: '0195a3c2-7f00-7000-8000-0000000000a1',
  amount: { amount: 100_00, currency: 'CNY' },
  method: 'cash',
  receivedOn: '2026-11-03',
  recordedBy: 'someone',
};
const paid: Fields = { ...issued, status: 'partially_paid', payments: [payment] };
const writtenOff: Fields = {
  ...issued,
  status: 'written_off',
  writeOff: {
    amount: { amount: 100_00, currency: 'CNY' },
    reason: 'bankrupt',
    by: 'someone',
    at: '2026-11-03T00:00:00.000Z',
  },
};
const actor = (role: Role) => ({ id: 'u1', role, teamId: null });
const check = (role: Role, current: Fields | undefined, next: Fields) => () =>
  assertInvoiceChange({ actor: actor(role), current, next });

describe('assertInvoiceChange', () => {
  it.each([
    ['rep', paid],
    ['manager', paid],
    ['rep', writtenOff],
  ] as const)('refuses money from a %s', (role, next) => {
    expect(check(role, issued, next)).toThrow(expect.objectContaining({ code: 'roleNotAllowed' }));
  });

  it.each([
    ['finance', paid],
    ['admin', writtenOff],
  ] as const)('takes money from %s', (role, next) => {
    expect(check(role, issued, next)).not.toThrow();
  });

  it('lets anyone change other fields of an invoice with payments', () => {
    expect(check('rep', paid, { ...paid })).not.toThrow();
  });

  it('refuses a rep creating an invoice that already has payments', () => {
    const created = { ...paid, number: 'PROV-INV-2026-A2-0001' };
    expect(check('rep', undefined, created)).toThrow(
      expect.objectContaining({ code: 'roleNotAllowed' }),
    );
  });

  it('accepts provisional numbers and a final number the server gave, but never a made-up one', () => {
    const provisional = { ...issued, number: 'PROV-INV-2026-A2-0001' };
    expect(check('finance', undefined, provisional)).not.toThrow();
    expect(check('finance', issued, { ...issued })).not.toThrow();
    expect(check('admin', undefined, issued)).toThrow(
      expect.objectContaining({ code: 'finalNumberFromServer' }),
    );
    expect(check('finance', issued, { ...issued, number: 'INV-2026-0099' })).toThrow(
      expect.objectContaining({ code: 'finalNumberFromServer' }),
    );
  });
});
