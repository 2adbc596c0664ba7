import type { TFunction } from 'i18next';
import { DomainError } from '../../../../shared/domain/DomainError.ts';
import { ticketStatuses } from '../../../../shared/domain/ticket.ts';
import { RecordValidationError } from '../../../data/index.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';

function isTicketStatus(value: unknown): value is (typeof ticketStatuses)[number] {
  return ticketStatuses.some((status) => status === value);
}

/** A translated sentence for anything a ticket or service-level command can throw. */
export function ticketErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof RecordValidationError) {
    const code = error.issues[0]?.code ?? 'unknown';
    return t(`tickets.errors.${code}`, { defaultValue: t('errors.unknown') });
  }
  if (error instanceof DomainError) {
    // Status codes in params are shown as the status names the person sees.
    const params = Object.fromEntries(
      Object.entries(error.params).map(([key, value]) => [
        key,
        isTicketStatus(value) ? t(`tickets.statuses.${value}`) : value,
      ]),
    );
    return errorMessage(new DomainError(error.code, params), t);
  }
  return errorMessage(error, t);
}
