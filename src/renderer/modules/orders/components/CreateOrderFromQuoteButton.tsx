import { Button } from '@mantine/core';
import { IconShoppingCartPlus, IconTruckDelivery } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Quote } from '../../../../shared/domain/quote.ts';
import { useOrderCommands, useOrders } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { useOrderAction } from '../hooks/useOrderAction.ts';

/**
 * On an accepted quote: makes the order in one step and opens it; once there is one (not
 * cancelled), links to it instead so a double click never makes two.
 */
export function CreateOrderFromQuoteButton({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const commands = useOrderCommands();
  const { run, busy } = useOrderAction();
  const { rows, loading } = useOrders({ accountId: quote.accountId, quoteId: quote.id });
  const existing = rows.find((order) => order.status !== 'cancelled');
  if (existing) {
    return (
      <Button
        component={Link}
        to={paths.order(existing.id)}
        variant="light"
        leftSection={<IconTruckDelivery size={16} aria-hidden />}
      >
        {t('orders.actions.openOrder', { number: existing.number })}
      </Button>
    );
  }
  const handleCreate = async () => {
    const order = await run(
      () => commands.createFromQuote(quote.id),
      (created) => t('orders.actions.created', { number: created.number }),
    );
    if (order) await navigate(paths.order(order.id));
  };
  return (
    <Button
      color="green"
      leftSection={<IconShoppingCartPlus size={16} aria-hidden />}
      loading={busy}
      disabled={loading}
      onClick={() => void handleCreate()}
    >
      {t('orders.actions.createFromQuote')}
    </Button>
  );
}
