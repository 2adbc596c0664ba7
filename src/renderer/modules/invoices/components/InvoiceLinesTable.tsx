import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../../shared/domain/invoice.ts';
import { lineAmount, type QuoteTotals } from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { percentInputText } from '../../quotes/utils/decimalText.ts';

/** An invoice's lines with quantity, unit price, discount (if any), tax rate and amount. */
export function InvoiceLinesTable({ invoice, priced }: { invoice: Invoice; priced: QuoteTotals }) {
  const { t, i18n } = useTranslation();
  const amountAt = (index: number) => {
    const line = priced.lines[index];
    return line ? lineAmount(line) : 0;
  };
  const discounted = invoice.lines.some((line) => line.discountBps > 0);
  const money = (amount: number) =>
    formatMoney({ amount, currency: invoice.currency }, i18n.language);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" aria-label={t('invoices.detail.lines')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoices.detail.description')}</Table.Th>
            <Table.Th ta="right">{t('invoices.detail.quantity')}</Table.Th>
            <Table.Th ta="right">{t('invoices.detail.unitPrice')}</Table.Th>
            {discounted && <Table.Th ta="right">{t('invoices.detail.discount')}</Table.Th>}
            <Table.Th ta="right">{t('invoices.detail.taxRate')}</Table.Th>
            <Table.Th ta="right">{t('invoices.detail.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoice.lines.map((line, index) => (
            <Table.Tr key={line.id}>
              <Table.Td fz="sm">{line.description}</Table.Td>
              <Table.Td fz="sm" ta="right">
                {formatQuantity(line.quantityMilli, i18n.language)}
              </Table.Td>
              <Table.Td fz="sm" ta="right">
                {money(line.unitPrice)}
              </Table.Td>
              {discounted && (
                <Table.Td fz="sm" ta="right">
                  {line.discountBps > 0 ? `${percentInputText(line.discountBps)}%` : '—'}
                </Table.Td>
              )}
              <Table.Td fz="sm" ta="right">
                {percentInputText(line.taxRateBps)}%
              </Table.Td>
              <Table.Td fz="sm" ta="right">
                {money(amountAt(index))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
