import type { TFunction } from 'i18next';
import { DomainError } from '../../../../shared/domain/DomainError.ts';
import { leadStatuses } from '../../../../shared/domain/lead.ts';
import { LeadValidationError } from '../../../data/index.ts';
import type { DescribeError } from '../../../ui/useCommand.ts';

/**
 * The error with every parameter that is one of `statuses` named as the person sees it
 * (`quotes.statuses.sent` → “Sent”); any other error as it is.
 */
export function withStatusNames(
  error: unknown,
  statuses: readonly string[],
  namespace: string,
  t: TFunction,
): unknown {
  if (!(error instanceof DomainError)) return error;
  const params = Object.fromEntries(
    Object.entries(error.params).map(([key, value]) => [
      key,
      typeof value === 'string' && statuses.includes(value)
        ? t(`${namespace}.statuses.${value}`)
        : value,
    ]),
  );
  return new DomainError(error.code, params);
}

/** A translated sentence for anything a lead command can throw. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof LeadValidationError) {
    const first = error.issues[0];
    return first ? t(`leads.errors.${first.code}`) : t('errors.unknown');
  }
  const shown = withStatusNames(error, leadStatuses, 'leads', t);
  if (shown instanceof DomainError) {
    return t(`errors.${shown.code}`, { ...shown.params, defaultValue: t('errors.unknown') });
  }
  return t('errors.unknown');
}

/** Describes a feature's errors with its record statuses named (`invoices.statuses.*`). */
export function errorMessageNaming(statuses: readonly string[], namespace: string): DescribeError {
  return (error, t) => errorMessage(withStatusNames(error, statuses, namespace, t), t);
}
