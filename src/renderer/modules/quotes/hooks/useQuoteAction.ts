import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/DomainError.ts';
import { quoteStatuses } from '../../../../shared/domain/quote.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';

export type QuoteAction = {
  /** Runs a quote command; on failure shows the translated reason and resolves undefined. */
  run: <T>(command: () => Promise<T>, success?: string) => Promise<T | undefined>;
  busy: boolean;
};

function isQuoteStatus(value: unknown): value is (typeof quoteStatuses)[number] {
  return quoteStatuses.some((status) => status === value);
}

/** One way for every quote, catalog and contract command to report success and failure. */
export function useQuoteAction(): QuoteAction {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(command: () => Promise<T>, success?: string) => {
      setBusy(true);
      try {
        const result = await command();
        if (success) notifications.show({ message: success, color: 'teal', autoClose: 2500 });
        return result;
      } catch (error) {
        const shown =
          error instanceof DomainError && isQuoteStatus(error.params.status)
            ? new DomainError(error.code, {
                ...error.params,
                status: t(`quotes.statuses.${error.params.status}`),
              })
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
