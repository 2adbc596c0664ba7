import type { Account } from '../domain/account.ts';
import { DomainError } from '../domain/DomainError.ts';
import type { Role } from '../domain/roles.ts';
import { deepEqual } from '../sync/deepEqual.ts';

/** An account's credit terms: what finance decides about extending it credit. */
export const creditTermFields = ['creditLimit', 'creditHold', 'paymentTermsDays'] as const;
export type CreditTerms = Pick<Account, (typeof creditTermFields)[number]>;

/** The roles that set credit limits, holds and payment terms. */
export const creditTermsEditors: readonly Role[] = ['finance', 'manager', 'admin'];

/** Whether `role` may set an account's credit terms. */
export function canSetCreditTerms(role: Role): boolean {
  return creditTermsEditors.includes(role);
}

// An absent hold and `false` mean the same: no manual hold.
function comparable(terms: Partial<CreditTerms>): string {
  return JSON.stringify([
    terms.creditLimit ? [terms.creditLimit.amount, terms.creditLimit.currency] : null,
    terms.creditHold === true,
    terms.paymentTermsDays ?? null,
  ]);
}

/** Whether the credit terms differ between two versions of an account (a new one: `before` absent). */
export function creditTermsChanged(
  before: Partial<CreditTerms> | undefined,
  after: Partial<CreditTerms>,
): boolean {
  return comparable(before ?? {}) !== comparable(after);
}

/**
 * Refuses a change of an account's credit limit, manual hold or payment terms by a role that
 * may not set them (a rep): `creditTermsFinanceOnly`.
 */
export function assertCreditTermsChange({
  role,
  before,
  after,
}: {
  role: Role;
  before: Partial<CreditTerms> | undefined;
  after: Partial<CreditTerms>;
}): void {
  if (!canSetCreditTerms(role) && creditTermsChanged(before, after)) {
    throw new DomainError('creditTermsFinanceOnly', { role });
  }
}

/**
 * Whether two versions of an account differ in their credit terms alone (and the time stamp):
 * the only change finance makes to an account.
 */
export function onlyCreditTermsChanged(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): boolean {
  const ignored = new Set<string>([...creditTermFields, 'updatedAt']);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (ignored.has(key)) continue;
    if (!deepEqual(before[key], after[key])) return false;
  }
  return true;
}
