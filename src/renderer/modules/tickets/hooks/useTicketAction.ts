import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketErrorMessage } from '../utils/ticketErrorMessage.ts';

export type TicketAction = {
  /** Runs a ticket command; on failure shows the translated reason and resolves undefined. */
  run: <T>(command: () => Promise<T>, success?: (result: T) => string) => Promise<T | undefined>;
  busy: boolean;
};

/** One way for every ticket command to report success and failure. */
export function useTicketAction(): TicketAction {
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
        notifications.show({ message: ticketErrorMessage(error, t), color: 'red' });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { run, busy };
}
