import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../../../shared/domain/invoice.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';

/** The payments received against an invoice: date, method, reference, amount. */
export function PaymentsTable({ payments }: { payments: readonly Payment[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  if (payments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('invoices.payments.empty')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing="xs" aria-label={t('invoices.payments.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('invoices.payments.receivedOn')}</Table.Th>
          <Table.Th>{t('invoices.payments.method')}</Table.Th>
          <Table.Th>{t('invoices.payments.reference')}</Table.Th>
          <Table.Th ta="right">{t('invoices.payments.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {payments.map((payment) => (
          <Table.Tr key={payment.id}>
            <Table.Td fz="sm">{format.date(payment.receivedOn)}</Table.Td>
            <Table.Td fz="sm">{t(`invoices.methods.${payment.method}`)}</Table.Td>
            <Table.Td fz="sm">{payment.reference ?? t('common.notSet')}</Table.Td>
            <Table.Td fz="sm" ta="right">
              {formatMoney(payment.amount, i18n.language)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
