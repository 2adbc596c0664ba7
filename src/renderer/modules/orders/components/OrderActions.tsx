import { Button, Group } from '@mantine/core';
import { IconCheck, IconCircleCheck, IconCut, IconTruck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import type { Role } from '../../../../shared/domain/roles.ts';
import { orderStatusAfterShipments } from '../../../../shared/orders/shipments.ts';
import { nextOrderStatuses } from '../../../../shared/workflow/orderWorkflow.ts';

export type OrderActionsProps = {
  order: Order;
  role: Role;
  busy: boolean;
  onConfirm: () => void;
  onShip: () => void;
  onCancel: () => void;
  onCancelRest: () => void;
  onCompleteFulfillment: () => void;
  onClose: () => void;
};

/** The moves the order's status and the person's role allow. */
export function OrderActions(props: OrderActionsProps) {
  const { t } = useTranslation();
  const { order, role, busy } = props;
  const next = nextOrderStatuses({ from: order.status, role });
  const shipping = order.status === 'confirmed' || order.status === 'in_fulfillment';
  const allShipped = shipping && orderStatusAfterShipments(order) === 'fulfilled';
  const canShip =
    shipping && !allShipped && (next.includes('in_fulfillment') || next.includes('fulfilled'));
  const canCancel = next.includes('cancelled') && order.shipments.length === 0;
  const canCancelRest =
    order.status === 'in_fulfillment' && next.includes('cancelled') && order.shipments.length > 0;
  return (
    <Group gap="sm" role="group" aria-label={t('orders.actions.label')}>
      {next.includes('confirmed') && (
        <Button
          leftSection={<IconCheck size={16} aria-hidden />}
          onClick={props.onConfirm}
          loading={busy}
        >
          {t('orders.actions.confirm')}
        </Button>
      )}
      {canShip && (
        <Button leftSection={<IconTruck size={16} aria-hidden />} onClick={props.onShip}>
          {t('orders.actions.recordShipment')}
        </Button>
      )}
      {allShipped && next.includes('fulfilled') && (
        <Button
          leftSection={<IconCircleCheck size={16} aria-hidden />}
          onClick={props.onCompleteFulfillment}
          loading={busy}
        >
          {t('orders.actions.completeFulfillment')}
        </Button>
      )}
      {next.includes('closed') && (
        <Button
          leftSection={<IconCircleCheck size={16} aria-hidden />}
          onClick={props.onClose}
          loading={busy}
        >
          {t('orders.actions.close')}
        </Button>
      )}
      {canCancelRest && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconCut size={16} aria-hidden />}
          onClick={props.onCancelRest}
        >
          {t('orders.actions.cancelRest')}
        </Button>
      )}
      {canCancel && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconX size={16} aria-hidden />}
          onClick={props.onCancel}
        >
          {t('orders.actions.cancel')}
        </Button>
      )}
    </Group>
  );
}
