import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import { computeQuoteTotals } from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { remainingToShip, shippedQuantities } from '../../../../shared/orders/shipments.ts';
import { OrderTotals } from './OrderTotals.tsx';

/** The order's lines with ordered, shipped and still-to-ship quantities, then the totals. */
export function OrderLinesTable({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const shipped = shippedQuantities(order);
  const remaining = remainingToShip(order);
  const lineTotals = new Map(
    computeQuoteTotals(order).lines.map((line, index) => [order.lines[index]?.id, line]),
  );
  const money = (amount: number) =>
    formatMoney({ amount, currency: order.currency }, i18n.language);
  const quantity = (milli: number) => formatQuantity(milli, i18n.language);
  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label={t('orders.lines.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.lines.description')}</Table.Th>
              <Table.Th ta="right">{t('orders.lines.ordered')}</Table.Th>
              <Table.Th ta="right">{t('orders.lines.shipped')}</Table.Th>
              <Table.Th ta="right">{t('orders.lines.remaining')}</Table.Th>
              <Table.Th ta="right">{t('orders.lines.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('orders.lines.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {line.description}
                  </Text>
                  {line.sku && (
                    <Text size="xs" c="dimmed">
                      {line.sku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {quantity(line.quantityMilli)}
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {quantity(shipped[line.id] ?? 0)}
                </Table.Td>
                <Table.Td ta="right" fz="sm" fw={(remaining[line.id] ?? 0) > 0 ? 600 : undefined}>
                  {quantity(remaining[line.id] ?? 0)}
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {money(line.unitPrice)}
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {money(lineTotals.get(line.id)?.net ?? 0)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <OrderTotals totals={order.totals} currency={order.currency} />
    </Stack>
  );
}
