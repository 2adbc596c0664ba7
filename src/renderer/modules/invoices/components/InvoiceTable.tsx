import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { type InvoiceRow, useAccountNames } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { AccountNameLink } from '../../accounts/components/AccountNameLink.tsx';
import { InvoiceNumber } from './InvoiceNumber.tsx';
import { InvoiceStatusBadge } from './InvoiceStatusBadge.tsx';

/** Invoices with customer, dates, total, balance and status; the number opens the invoice. */
export function InvoiceTable({
  rows,
  showAccount = true,
  label,
}: {
  rows: readonly InvoiceRow[];
  showAccount?: boolean;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const accountNames = useAccountNames();
  const money = (amount: number, currency: string) =>
    formatMoney({ amount, currency }, i18n.language);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoices.columns.number')}</Table.Th>
            {showAccount && <Table.Th>{t('invoices.columns.account')}</Table.Th>}
            <Table.Th>{t('invoices.columns.issuedOn')}</Table.Th>
            <Table.Th>{t('invoices.columns.dueOn')}</Table.Th>
            <Table.Th ta="right">{t('invoices.columns.total')}</Table.Th>
            <Table.Th ta="right">{t('invoices.columns.balance')}</Table.Th>
            <Table.Th>{t('invoices.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ invoice, balanceDue, displayStatus, daysOverdue }) => (
            <Table.Tr key={invoice.id}>
              <Table.Td>
                <InvoiceNumber id={invoice.id} number={invoice.number} />
              </Table.Td>
              {showAccount && (
                <Table.Td fz="sm">
                  <AccountNameLink
                    accountId={invoice.accountId}
                    name={accountNames.get(invoice.accountId)}
                  />
                </Table.Td>
              )}
              <Table.Td fz="sm">
                {invoice.issuedOn ? format.date(invoice.issuedOn) : t('common.notSet')}
              </Table.Td>
              <Table.Td fz="sm">
                {invoice.dueOn ? format.date(invoice.dueOn) : t('common.notSet')}
                {daysOverdue > 0 && (
                  <Text span c="red" fz="xs" ml={6}>
                    {t('invoices.detail.daysOverdue', { count: daysOverdue })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" fz="sm">
                {money(invoice.totals.total, invoice.currency)}
              </Table.Td>
              <Table.Td ta="right" fz="sm" fw={balanceDue > 0 ? 600 : undefined}>
                {money(balanceDue, invoice.currency)}
              </Table.Td>
              <Table.Td>
                <InvoiceStatusBadge status={displayStatus} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
