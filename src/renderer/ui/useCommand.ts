import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A translated sentence for an error a feature's commands can throw. */
export type DescribeError = (error: unknown, t: TFunction) => string;

export type CommandRunner = {
  /**
   * Runs a command: on success shows `success` (a sentence, or one made from the result) and
   * resolves the result; on failure shows why, translated, and resolves undefined.
   */
  run: <T>(
    command: () => Promise<T>,
    success?: string | ((result: T) => string),
  ) => Promise<T | undefined>;
  /** A command is running (buttons show it and do not start a second one). */
  busy: boolean;
};

/** One way for a feature's commands to report success and failure, in the feature's words. */
export function useCommand(describeError: DescribeError): CommandRunner {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(command: () => Promise<T>, success?: string | ((result: T) => string)) => {
      setBusy(true);
      try {
        const result = await command();
        if (success !== undefined) {
          const message = typeof success === 'string' ? success : success(result);
          notifications.show({ message, color: 'teal', autoClose: 2500 });
        }
        return result;
      } catch (error) {
        notifications.show({ message: describeError(error, t), color: 'red' });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [describeError, t],
  );
  return { run, busy };
}
