import { Button, Table, Text } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';

export type ShipmentsTableProps = {
  order: Order;
  busy: boolean;
  onMarkDelivered: (shipmentId: string) => void;
};

/** Every shipment of the order: when, what, carrier and tracking, and whether it arrived. */
export function ShipmentsTable({ order, busy, onMarkDelivered }: ShipmentsTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const lines = new Map(order.lines.map((line) => [line.id, line]));
  const notSet = t('common.notSet');
  if (order.shipments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('orders.shipments.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label={t('orders.shipments.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.shipments.shippedOn')}</Table.Th>
            <Table.Th>{t('orders.shipments.contents')}</Table.Th>
            <Table.Th>{t('orders.shipments.carrier')}</Table.Th>
            <Table.Th>{t('orders.shipments.tracking')}</Table.Th>
            <Table.Th>{t('orders.shipments.delivered')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.shipments.map((shipment, index) => (
            <Table.Tr key={shipment.id}>
              <Table.Td fz="sm">
                {shipment.shippedAt ? format.date(shipment.shippedAt) : notSet}
              </Table.Td>
              <Table.Td fz="sm">
                {shipment.lines.map((line) => (
                  <div key={line.orderLineId}>
                    {t('orders.shipments.item', {
                      quantity: formatQuantity(line.quantityMilli, i18n.language),
                      item: lines.get(line.orderLineId)?.description ?? line.orderLineId,
                    })}
                  </div>
                ))}
                {shipment.note && (
                  <Text size="xs" c="dimmed">
                    {shipment.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm">{shipment.carrier ?? notSet}</Table.Td>
              <Table.Td fz="sm">{shipment.trackingNumber ?? notSet}</Table.Td>
              <Table.Td fz="sm">
                {shipment.deliveredAt ? (
                  format.date(shipment.deliveredAt)
                ) : (
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPackageImport size={14} aria-hidden />}
                    aria-label={t('orders.shipments.markDeliveredLabel', { index: index + 1 })}
                    loading={busy}
                    onClick={() => onMarkDelivered(shipment.id)}
                  >
                    {t('orders.shipments.markDelivered')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
