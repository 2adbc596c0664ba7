import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import { formatQuantity } from '../../../../shared/money/quantity.ts';
import { orderBackorderWarnings, useInventory } from '../../../data/index.ts';

/**
 * Warns when what the order still has to ship exceeds the stock available to it (draft: if it
 * were confirmed now; confirmed or in fulfillment: what it holds plus what is free).
 */
export function BackorderAlert({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const { snapshot, loading } = useInventory();
  if (loading || !['draft', 'confirmed', 'in_fulfillment'].includes(order.status)) return null;
  const warnings = orderBackorderWarnings({ order, snapshot });
  if (warnings.length === 0) return null;
  const names = new Map(order.lines.map((line) => [line.productId, line.description]));
  const quantity = (milli: number) => formatQuantity(milli, i18n.language);
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={
        order.status === 'draft' ? t('orders.backorder.draftTitle') : t('orders.backorder.title')
      }
    >
      <List size="sm">
        {warnings.map((warning) => (
          <List.Item key={warning.productId}>
            {t('orders.backorder.line', {
              item: names.get(warning.productId) ?? warning.productId,
              needed: quantity(warning.needed),
              covered: quantity(warning.covered),
              short: quantity(warning.short),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
