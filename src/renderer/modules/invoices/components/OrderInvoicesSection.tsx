import { Button, Group, Stack, Text } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useInvoiceCommands, useInvoices } from '../../../data/index.ts';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { useInvoiceAction } from '../hooks/useInvoiceAction.ts';
import { isFinanceRole } from '../utils/financeRoles.ts';
import { InvoiceTable } from './InvoiceTable.tsx';
import { MilestoneInvoiceModal } from './MilestoneInvoiceModal.tsx';
import { PaymentsTable } from './PaymentsTable.tsx';

/**
 * An order's invoices and the payments on them, with "Invoice shipped quantities" and "Invoice
 * milestone". Finance issues at once (due date from the payment terms); anyone else makes a draft
 * that finance issues.
 */
export function OrderInvoicesSection({
  orderId,
  accountId,
}: {
  orderId: string;
  /** The order's customer: its invoices are found through the account index. */
  accountId?: string;
}) {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const commands = useInvoiceCommands();
  const { run, busy } = useInvoiceAction();
  const { rows } = useInvoices({ orderId, ...(accountId ? { accountId } : {}) });
  const [milestoneOpen, setMilestoneOpen] = useState(false);
  const issue = isFinanceRole(role);
  const payments = rows
    .flatMap((row) => row.invoice.payments)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const created = (invoice: { number: string }) =>
    t('invoices.order.invoiced', { number: invoice.number });
  return (
    <SectionCard title={t('invoices.order.title')}>
      <Stack gap="md">
        <Group gap="sm">
          <Button
            leftSection={<IconReceipt size={16} aria-hidden />}
            loading={busy}
            onClick={() => void run(() => commands.invoiceShipped(orderId, { issue }), created)}
          >
            {t('invoices.order.invoiceShipped')}
          </Button>
          <Button variant="default" onClick={() => setMilestoneOpen(true)}>
            {t('invoices.order.invoiceMilestone')}
          </Button>
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('invoices.order.empty')}
          </Text>
        ) : (
          <InvoiceTable rows={rows} showAccount={false} label={t('invoices.order.title')} />
        )}
        {payments.length > 0 && <PaymentsTable payments={payments} />}
      </Stack>
      <MilestoneInvoiceModal
        opened={milestoneOpen}
        onClose={() => setMilestoneOpen(false)}
        onSubmit={async (params) =>
          (await run(() => commands.invoiceMilestone(orderId, { ...params, issue }), created)) !==
          undefined
        }
      />
    </SectionCard>
  );
}
