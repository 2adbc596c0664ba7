import { Button, Group, Text } from '@mantine/core';
import { IconBellRinging, IconCash, IconFileCheck, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOpenInvoice } from '../../../../shared/billing/recordPayment.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { type InvoiceRow, useCurrentUser, useInvoiceCommands } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { ReasonModal } from '../../../ui/ReasonModal.tsx';
import { useTaskSubject } from '../../activities/hooks/useTaskSubject.ts';
import { useInvoiceAction } from '../hooks/useInvoiceAction.ts';
import { isFinanceRole } from '../utils/financeRoles.ts';
import { RecordPaymentModal } from './RecordPaymentModal.tsx';

type Dialog = 'payment' | 'void' | 'writeOff' | undefined;

/** What finance can do with an invoice: issue, record a payment, remind, void, write off. */
export function InvoiceActions({
  row,
  accountName,
  today,
}: {
  row: InvoiceRow;
  accountName: string;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const { word } = useTaskSubject();
  const { role } = useCurrentUser();
  const commands = useInvoiceCommands();
  const { run, busy } = useInvoiceAction();
  const [dialog, setDialog] = useState<Dialog>();
  const { invoice } = row;
  const finance = isFinanceRole(role);
  const open = isOpenInvoice(invoice);
  const canVoid =
    invoice.payments.length === 0 && ['draft', 'issued', 'overdue'].includes(invoice.status);
  const level = (key: string) => t(`invoices.dunningLevels.${key}`);

  if (!finance) {
    return (
      <Text size="sm" c="dimmed">
        {t('invoices.actions.financeOnly')}
      </Text>
    );
  }
  return (
    <Group gap="sm">
      {invoice.status === 'draft' && (
        <Button
          leftSection={<IconFileCheck size={16} aria-hidden />}
          loading={busy}
          onClick={() =>
            void run(
              () => commands.issue(invoice.id),
              () => t('invoices.actions.issued'),
            )
          }
        >
          {t('invoices.actions.issue')}
        </Button>
      )}
      {open && (
        <Button
          leftSection={<IconCash size={16} aria-hidden />}
          onClick={() => setDialog('payment')}
        >
          {t('invoices.actions.recordPayment')}
        </Button>
      )}
      {open && row.overdue && (invoice.dunning?.length ?? 0) < 3 && (
        <Button
          variant="light"
          leftSection={<IconBellRinging size={16} aria-hidden />}
          loading={busy}
          onClick={() =>
            void run(
              () =>
                commands.sendReminder(invoice.id, {
                  taskSubject: (draft) => word({ kind: draft.kind, params: draft.params }),
                }),
              (result) =>
                t('invoices.actions.reminderSent', {
                  level: level(result.invoice.dunning?.at(-1)?.level ?? 'reminder'),
                }),
            )
          }
        >
          {t('invoices.actions.sendReminder')}
        </Button>
      )}
      {open && row.overdue && (
        <Button
          component={Link}
          to={paths.invoiceReminder(invoice.id)}
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
        >
          {t('invoices.actions.printReminder')}
        </Button>
      )}
      {canVoid && (
        <Button variant="default" color="red" onClick={() => setDialog('void')}>
          {t('invoices.actions.void')}
        </Button>
      )}
      {open && row.balanceDue > 0 && (
        <Button variant="default" color="red" onClick={() => setDialog('writeOff')}>
          {t('invoices.actions.writeOff')}
        </Button>
      )}
      {dialog === 'payment' && (
        <RecordPaymentModal
          opened
          onClose={() => setDialog(undefined)}
          invoice={invoice}
          accountName={accountName}
          today={today}
        />
      )}
      <ReasonModal
        opened={dialog === 'void'}
        title={t('invoices.void.title', { number: invoice.number })}
        description={t('invoices.void.description')}
        label={t('invoices.void.label')}
        requiredMessage={t('invoices.void.required')}
        confirmLabel={t('invoices.void.confirm')}
        confirmColor="red"
        onClose={() => setDialog(undefined)}
        onConfirm={async (reason) =>
          (await run(
            () => commands.voidInvoice(invoice.id, reason),
            () => t('invoices.void.done'),
          )) !== undefined
        }
      />
      <ReasonModal
        opened={dialog === 'writeOff'}
        title={t('invoices.writeOff.title', { number: invoice.number })}
        description={t('invoices.writeOff.description', {
          amount: formatMoney(
            { amount: row.balanceDue, currency: invoice.currency },
            i18n.language,
          ),
        })}
        label={t('invoices.writeOff.label')}
        requiredMessage={t('invoices.writeOff.required')}
        confirmLabel={t('invoices.writeOff.confirm')}
        confirmColor="red"
        onClose={() => setDialog(undefined)}
        onConfirm={async (reason) =>
          (await run(
            () => commands.writeOff(invoice.id, reason),
            () => t('invoices.writeOff.done'),
          )) !== undefined
        }
      />
    </Group>
  );
}
