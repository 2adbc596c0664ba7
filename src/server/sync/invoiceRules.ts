import { DomainError } from '../../shared/domain/DomainError.ts';
import type { Invoice } from '../../shared/domain/invoice.ts';
import { isProvisionalNumber } from '../../shared/numbering/documentNumber.ts';
import { deepEqual } from '../../shared/sync/deepEqual.ts';
import type { Actor } from './accessRules.ts';

type MoneyFields = Pick<Invoice, 'status' | 'number' | 'payments' | 'writeOff'>;

/** Server error code: a device sent a final invoice number, which only the server gives. */
export const finalNumberFromServer = 'finalNumberFromServer';

/**
 * Checks a pushed invoice beyond its status: payments and write-offs are money, so only finance
 * and admins add or change them (a rep's client that skips the local check is refused here), and
 * a final number comes only from the server; a device may keep it but never make one up.
 */
export function assertInvoiceChange({
  actor,
  current,
  next,
}: {
  actor: Actor;
  current: MoneyFields | undefined;
  next: MoneyFields;
}): void {
  const finance = actor.role === 'finance' || actor.role === 'admin';
  const moneyChanged =
    !deepEqual(current?.payments ?? [], next.payments ?? []) ||
    !deepEqual(current?.writeOff, next.writeOff);
  if (!finance && moneyChanged) {
    throw new DomainError('roleNotAllowed', {
      workflow: 'invoice',
      from: current?.status ?? 'draft',
      to: next.status,
      role: actor.role,
      allowedRoles: 'finance, admin',
    });
  }
  const numberChanged = current === undefined || current.number !== next.number;
  if (numberChanged && !isProvisionalNumber(next.number)) {
    throw new DomainError(finalNumberFromServer, { number: next.number });
  }
}
