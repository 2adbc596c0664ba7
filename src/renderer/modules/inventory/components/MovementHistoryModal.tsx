import { Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import type { Product } from '../../../../shared/domain/product.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { mergeLedgers } from '../../../../shared/orders/stockLedger.ts';
import type { StockMovement } from '../../../../shared/orders/stockMovement.ts';
import { type InventorySnapshot, useOrders } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { localizedName } from '../../quotes/utils/localizedName.ts';

export type MovementHistoryModalProps = {
  product: Product | undefined;
  snapshot: InventorySnapshot;
  onClose: () => void;
};

// Order-driven movements reference the order (reservations) or one of its shipments.
function orderNumbers(orders: readonly Order[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const order of orders) {
    numbers.set(order.id, order.number);
    for (const shipment of order.shipments) numbers.set(shipment.id, order.number);
  }
  return numbers;
}

/** The product's ledger, newest first: receipts, counts, what orders hold and what shipped. */
export function MovementHistoryModal({ product, snapshot, onClose }: MovementHistoryModalProps) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened={product !== undefined}
      onClose={onClose}
      title={
        product
          ? t('inventory.movements.title', { name: localizedName(product.name, i18n.language) })
          : ''
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="xl"
      centered
    >
      {product && <MovementTable productId={product.id} snapshot={snapshot} />}
    </Modal>
  );
}

function MovementTable({
  productId,
  snapshot,
}: {
  productId: string;
  snapshot: InventorySnapshot;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const { rows: orders } = useOrders({});
  const numbers = orderNumbers(orders);
  const movements = mergeLedgers(
    snapshot.movements.filter((m) => m.productId === productId),
  ).reverse();
  if (movements.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('inventory.movements.empty')}
      </Text>
    );
  }
  const signed = (movement: StockMovement) => {
    const out = movement.kind === 'shipment' ? -movement.quantityMilli : movement.quantityMilli;
    const text = formatQuantity(out, i18n.language);
    return out > 0 && movement.kind !== 'reservation' ? `+${text}` : text;
  };
  const reference = (movement: StockMovement) => {
    const number = numbers.get(movement.reference);
    return number ? t('inventory.movements.orderReference', { number }) : movement.reference;
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      {snapshot.basis === 'server' && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('inventory.figures.historyScope')}
        </Text>
      )}
      <Table verticalSpacing="xs" aria-label={t('inventory.movements.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inventory.movements.at')}</Table.Th>
            <Table.Th>{t('inventory.movements.kind')}</Table.Th>
            <Table.Th ta="right">{t('inventory.movements.quantity')}</Table.Th>
            <Table.Th>{t('inventory.movements.reference')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {movements.map((movement) => (
            <Table.Tr key={movement.id}>
              <Table.Td fz="sm">{format.dateTime(movement.at)}</Table.Td>
              <Table.Td fz="sm">{t(`inventory.movements.kinds.${movement.kind}`)}</Table.Td>
              <Table.Td fz="sm" ta="right">
                {signed(movement)}
              </Table.Td>
              <Table.Td fz="sm">{reference(movement)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
