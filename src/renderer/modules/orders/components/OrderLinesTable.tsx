import { Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import { computeQuoteTotals, lineAmount } from '../../../../shared/money/computeQuoteTotals.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { remainingToShip, shippedQuantities } from '../../../../shared/orders/shipments.ts';
import { useInventory } from '../../../data/index.ts';
import { DocumentTotals } from '../../quotes/components/DocumentTotals.tsx';
import { percentInputText } from '../../quotes/utils/decimalText.ts';

/**
 * The order's lines with ordered, shipped and still-to-ship quantities, then the totals. A
 * service is delivered rather than shipped: the columns say so when the order has one.
 */
export function OrderLinesTable({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const { services } = useInventory().snapshot;
  const isService = (line: Order['lines'][number]) =>
    line.productId !== undefined && services.has(line.productId);
  const withServices = order.lines.some(isService);
  const shipped = shippedQuantities(order);
  const remaining = remainingToShip(order);
  const totals = computeQuoteTotals(order);
  const amounts = new Map(
    totals.lines.map((line, index) => [order.lines[index]?.id, lineAmount(line)]),
  );
  const discounted = order.lines.some((line) => line.discountBps > 0);
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
              <Table.Th ta="right">
                {t(withServices ? 'orders.lines.shippedOrDelivered' : 'orders.lines.shipped')}
              </Table.Th>
              <Table.Th ta="right">
                {t(withServices ? 'orders.lines.remainingOrToDeliver' : 'orders.lines.remaining')}
              </Table.Th>
              <Table.Th ta="right">{t('orders.lines.unitPrice')}</Table.Th>
              {discounted && <Table.Th ta="right">{t('orders.lines.discount')}</Table.Th>}
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
                  {(line.sku || isService(line)) && (
                    <Text size="xs" c="dimmed">
                      {[line.sku, isService(line) && t('orders.lines.service')]
                        .filter(Boolean)
                        .join(' · ')}
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
                {discounted && (
                  <Table.Td ta="right" fz="sm">
                    {line.discountBps > 0 ? `${percentInputText(line.discountBps)}%` : '—'}
                  </Table.Td>
                )}
                <Table.Td ta="right" fz="sm">
                  {money(amounts.get(line.id) ?? 0)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Box maw={360} w="100%" ml="auto">
        <DocumentTotals
          totals={totals}
          currency={order.currency}
          orderDiscountBps={order.orderDiscountBps}
          testIdPrefix="order"
        />
      </Box>
    </Stack>
  );
}
