import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DunningAction } from '../../../../shared/billing/dunning.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';

/** The next collections step in words: which reminder when, or escalation; red when due. */
export function NextActionText({ action }: { action: DunningAction }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (action.kind === 'none') return <>{t('invoices.nextAction.none')}</>;
  const date = format.date(action.on);
  const text =
    action.kind === 'send'
      ? t(action.due ? 'invoices.nextAction.sendDue' : 'invoices.nextAction.send', {
          level: t(`invoices.dunningLevels.${action.level}`),
          date,
        })
      : t(action.due ? 'invoices.nextAction.escalateDue' : 'invoices.nextAction.escalate', {
          date,
        });
  return (
    <Text span inherit c={action.due ? 'red' : undefined} fw={action.due ? 600 : undefined}>
      {text}
    </Text>
  );
}
