import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../../../../shared/domain/order.ts';

const colors: Record<OrderStatus, string> = {
  draft: 'gray',
  confirmed: 'blue',
  in_fulfillment: 'orange',
  fulfilled: 'teal',
  closed: 'dark',
  cancelled: 'red',
};

/** An order's status in words and colour. */
export function OrderStatusBadge({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]} size="lg" data-testid={testId}>
      {t(`orders.statuses.${status}`)}
    </Badge>
  );
}
