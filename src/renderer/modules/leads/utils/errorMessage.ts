import type { TFunction } from 'i18next';
import { DomainError } from '../../../../shared/domain/DomainError.ts';
import { leadStatuses } from '../../../../shared/domain/lead.ts';
import { LeadValidationError } from '../../../data/index.ts';

function isLeadStatus(value: unknown): value is (typeof leadStatuses)[number] {
  return leadStatuses.some((status) => status === value);
}

/** A translated sentence for anything a lead command can throw. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof LeadValidationError) {
    const first = error.issues[0];
    return first ? t(`leads.errors.${first.code}`) : t('errors.unknown');
  }
  if (error instanceof DomainError) {
    // Status codes in params are shown as the status names the person sees.
    const params = Object.fromEntries(
      Object.entries(error.params).map(([key, value]) => [
        key,
        isLeadStatus(value) ? t(`leads.statuses.${value}`) : value,
      ]),
    );
    return t(`errors.${error.code}`, { ...params, defaultValue: t('errors.unknown') });
  }
  return t('errors.unknown');
}
