import type { SalesTargetScope, SalesTargetsValue } from '../../../../shared/domain/setting.ts';
import { isKnownCurrency } from '../../../../shared/money/currencies.ts';
import { checkSalesTargets } from '../../../../shared/pipeline/checkSalesTargets.ts';
import { moneyInputText, parseMoneyInput } from '../../quotes/utils/decimalText.ts';

/** A target row as edited: the amount is the text a person typed, in major units. */
export type TargetDraftRow = {
  id: string;
  month: string;
  scope: SalesTargetScope;
  subjectId: string;
  currency: string;
  amountText: string;
};

export type TargetDraftError =
  | 'monthRequired'
  | 'subjectRequired'
  | 'amountInvalid'
  | 'duplicateTarget'
  | 'unknownCurrency'
  | 'duplicateId';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The stored targets as rows to edit. */
export function targetRows(value: SalesTargetsValue): TargetDraftRow[] {
  return value.targets.map((target) => ({
    id: target.id,
    month: target.month,
    scope: target.scope,
    subjectId: target.subjectId,
    currency: target.amount.currency,
    amountText: moneyInputText(target.amount.amount, target.amount.currency),
  }));
}

/**
 * Reads the edited rows back into a targets setting, or says what is wrong with each row (by
 * id): missing month or subject, an unreadable or negative amount, a repeated target.
 */
export function readTargetRows(
  rows: readonly TargetDraftRow[],
): { ok: true; value: SalesTargetsValue } | { ok: false; errors: Map<string, TargetDraftError> } {
  const errors = new Map<string, TargetDraftError>();
  const targets: SalesTargetsValue['targets'] = [];
  for (const row of rows) {
    const amount = isKnownCurrency(row.currency)
      ? parseMoneyInput(row.amountText, row.currency)
      : undefined;
    if (!monthPattern.test(row.month)) errors.set(row.id, 'monthRequired');
    else if (!row.subjectId) errors.set(row.id, 'subjectRequired');
    else if (!isKnownCurrency(row.currency)) errors.set(row.id, 'unknownCurrency');
    else if (amount === undefined) errors.set(row.id, 'amountInvalid');
    else
      targets.push({
        id: row.id,
        month: row.month,
        scope: row.scope,
        subjectId: row.subjectId,
        amount: { amount, currency: row.currency },
      });
  }
  const value: SalesTargetsValue = { kind: 'salesTargets', targets };
  for (const problem of checkSalesTargets(value)) {
    if (!errors.has(problem.targetId)) errors.set(problem.targetId, problem.problem);
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, value };
}
