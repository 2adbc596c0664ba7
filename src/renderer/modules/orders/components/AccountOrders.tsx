import { Button, Group, Stack, Text } from '@mantine/core';
import { IconShoppingCartPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrderCommands, useOrders, useProducts } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { SectionCard } from '../../../ui/SectionCard.tsx';
import { useOrderAction } from '../hooks/useOrderAction.ts';
import { NewOrderModal } from './NewOrderModal.tsx';
import { OrderTable } from './OrderTable.tsx';

/** The orders of one customer, for the account page, and a direct order without a quote. */
export function AccountOrders({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { rows } = useOrders({ accountId });
  const { rows: products } = useProducts({ activeOnly: true });
  const commands = useOrderCommands();
  const { run } = useOrderAction();
  const [creating, setCreating] = useState(false);
  return (
    <SectionCard title={t('orders.account.title')}>
      <Stack gap="md">
        <Group justify="flex-end">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconShoppingCartPlus size={14} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('orders.newOrder.open')}
          </Button>
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('orders.account.empty')}
          </Text>
        ) : (
          <OrderTable rows={rows} showAccount={false} />
        )}
      </Stack>
      <NewOrderModal
        opened={creating}
        accountId={accountId}
        products={products}
        onClose={() => setCreating(false)}
        onSubmit={async (input) => {
          const order = await run(
            () => commands.createOrder(input),
            (created) => t('orders.actions.created', { number: created.number }),
          );
          if (order) await navigate(paths.order(order.id));
          return order !== undefined;
        }}
      />
    </SectionCard>
  );
}
