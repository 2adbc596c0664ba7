import type { TFunction } from 'i18next';
import { ticketStatuses } from '../../../../shared/domain/ticket.ts';
import { RecordValidationError } from '../../../data/index.ts';
import { errorMessage, withStatusNames } from '../../leads/utils/errorMessage.ts';

/** A translated sentence for anything a ticket or service-level command can throw. */
export function ticketErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof RecordValidationError) {
    const code = error.issues[0]?.code ?? 'unknown';
    return t(`tickets.errors.${code}`, { defaultValue: t('errors.unknown') });
  }
  return errorMessage(withStatusNames(error, ticketStatuses, 'tickets', t), t);
}
