import { Card, Center, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrderStatus, orderStatuses } from '../../shared/domain/order.ts';
import { useAccountNames, useOrders } from '../data/index.ts';
import { OrderExportButton } from '../modules/orders/components/OrderExportButton.tsx';
import { OrderTable } from '../modules/orders/components/OrderTable.tsx';

function isOrderStatus(value: string): value is OrderStatus {
  return orderStatuses.some((status) => status === value);
}

export function OrdersPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OrderStatus>();
  const { rows, loading } = useOrders(status ? { status } : {});
  const accountNames = useAccountNames();
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('orders.list.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('orders.list.subtitle')}
        </Text>
      </div>
      <Group justify="space-between" align="flex-end">
        <NativeSelect
          label={t('orders.list.statusFilter')}
          w={260}
          value={status ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setStatus(isOrderStatus(value) ? value : undefined);
          }}
          data={[
            { value: '', label: t('orders.list.allStatuses') },
            ...orderStatuses.map((value) => ({ value, label: t(`orders.statuses.${value}`) })),
          ]}
        />
        <OrderExportButton rows={rows} accountNames={accountNames} />
      </Group>
      <Card withBorder radius="lg" padding="md">
        {loading && rows.length === 0 ? (
          <Center py="xl">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {status ? t('orders.list.emptyFiltered') : t('orders.list.empty')}
          </Text>
        ) : (
          <OrderTable rows={rows} />
        )}
      </Card>
    </Stack>
  );
}
