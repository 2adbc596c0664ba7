import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../../shared/domain/DomainError.ts';
import { orderStatuses } from '../../../../shared/domain/order.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';

export type OrderAction = {
  /** Runs an order or stock command; on failure shows the translated reason and resolves undefined. */
  run: <T>(command: () => Promise<T>, success?: (result: T) => string) => Promise<T | undefined>;
  busy: boolean;
};

function isOrderStatus(value: unknown): value is (typeof orderStatuses)[number] {
  return orderStatuses.some((status) => status === value);
}

/** One way for every order and inventory command to report success and failure. */
export function useOrderAction(): OrderAction {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(command: () => Promise<T>, success?: (result: T) => string) => {
      setBusy(true);
      try {
        const result = await command();
        if (success)
          notifications.show({ message: success(result), color: 'teal', autoClose: 2500 });
        return result;
      } catch (error) {
        // Status codes in the parameters read as the status names the person sees.
        const shown =
          error instanceof DomainError
            ? new DomainError(
                error.code,
                Object.fromEntries(
                  Object.entries(error.params).map(([key, value]) => [
                    key,
                    isOrderStatus(value) ? t(`orders.statuses.${value}`) : value,
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
