import type { Role } from '../../../../shared/domain/roles.ts';

/** Whether a role works the money side: issues invoices, records payments, voids, writes off. */
export function isFinanceRole(role: Role): boolean {
  return role === 'finance' || role === 'admin';
}

/** Whether a role sees the invoices and receivables pages in the navigation. */
export function seesReceivables(role: Role): boolean {
  return role === 'finance' || role === 'admin' || role === 'manager';
}
