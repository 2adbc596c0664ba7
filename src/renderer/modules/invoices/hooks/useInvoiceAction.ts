import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/DomainError.ts';
import { invoiceStatuses } from '../../../../shared/domain/invoice.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';

function isInvoiceStatus(value: unknown): value is (typeof invoiceStatuses)[number] {
  return invoiceStatuses.some((status) => status === value);
}

/** Runs an invoice command: shows success, or the translated reason it was refused. */
export function useInvoiceAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(command: () => Promise<T>, success?: (result: T) => string) => {
      setBusy(true);
      try {
        const result = await command();
        if (success) {
          notifications.show({ message: success(result), color: 'teal', autoClose: 2500 });
        }
        return result;
      } catch (error) {
        const shown =
          error instanceof DomainError
            ? new DomainError(
                error.code,
                Object.fromEntries(
                  Object.entries(error.params).map(([key, value]) => [
                    key,
                    isInvoiceStatus(value) ? t(`invoices.statuses.${value}`) : value,
                  ]),
                ),
              )
            : error;
        notifications.show({ message: errorMessage(shown, t), color: 'red' });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { run, busy };
}
