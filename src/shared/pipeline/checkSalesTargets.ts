import { DomainError } from '../domain/DomainError.ts';
import type { SalesTargetsValue } from '../domain/setting.ts';
import { isKnownCurrency } from '../money/currencies.ts';

/** What is wrong with one target (by id), for the targets editor. */
export type SalesTargetProblem = {
  targetId: string;
  problem: 'duplicateId' | 'duplicateTarget' | 'unknownCurrency';
};

/** Lists what zod cannot see in a targets setting: unique ids, one target per month, subject and currency, known currencies. */
export function checkSalesTargets(value: SalesTargetsValue): SalesTargetProblem[] {
  const problems: SalesTargetProblem[] = [];
  const ids = new Set<string>();
  const slots = new Set<string>();
  for (const target of value.targets) {
    if (ids.has(target.id)) problems.push({ targetId: target.id, problem: 'duplicateId' });
    ids.add(target.id);
    const slot = [target.month, target.scope, target.subjectId, target.amount.currency].join('|');
    if (slots.has(slot)) problems.push({ targetId: target.id, problem: 'duplicateTarget' });
    slots.add(slot);
    if (!isKnownCurrency(target.amount.currency)) {
      problems.push({ targetId: target.id, problem: 'unknownCurrency' });
    }
  }
  return problems;
}

/** Throws `invalidSalesTargets` (params: targetId, problem) for the first problem checkSalesTargets finds. */
export function assertSalesTargets(value: SalesTargetsValue): void {
  const [first] = checkSalesTargets(value);
  if (first) throw new DomainError('invalidSalesTargets', first);
}
