import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOrder } from '../data/index.ts';
import { OrderInvoicesSection } from '../modules/invoices/components/OrderInvoicesSection.tsx';
import { OrderOverview } from '../modules/orders/components/OrderOverview.tsx';
import { OrderTicketsSection } from '../modules/tickets/components/TicketsSection.tsx';
import { paths } from '../routes.tsx';
import { DetailFrame } from '../ui/DetailFrame.tsx';

export function OrderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { order, loading } = useOrder(id);
  return (
    <DetailFrame
      backTo={paths.orders}
      backLabel={t('orders.detail.back')}
      loading={loading}
      loadingLabel={t('app.loading')}
      found={order !== undefined}
      notFoundText={t('orders.detail.notFound')}
    >
      {order && (
        <Stack gap="lg">
          <OrderOverview key={order.id} order={order} />
          {/* Linked records, one section each, after the shipments: invoices and payments
              (billing), then service tickets. Each takes the order and renders its SectionCard. */}
          <OrderInvoicesSection orderId={order.id} accountId={order.accountId} />
          <OrderTicketsSection orderId={order.id} accountId={order.accountId} />
        </Stack>
      )}
    </DetailFrame>
  );
}
