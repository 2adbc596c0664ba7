import { Group, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../shared/domain/order.ts';
import { formatMoney } from '../../../../shared/money/formatMoney.ts';
import { useAccountNames } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { paths } from '../../../routes.tsx';
import { DocumentNumberLink } from '../../../ui/DocumentNumberLink.tsx';
import { AccountNameLink } from '../../accounts/components/AccountNameLink.tsx';
import { orderProgress } from '../utils/orderProgress.ts';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';

/** Orders with customer, status, total and how much has shipped; the number opens the order. */
export function OrderTable({ rows, showAccount = true }: { rows: Order[]; showAccount?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const accountNames = useAccountNames();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('orders.list.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.list.number')}</Table.Th>
            {showAccount && <Table.Th>{t('orders.list.account')}</Table.Th>}
            <Table.Th>{t('orders.list.status')}</Table.Th>
            <Table.Th ta="right">{t('orders.list.total')}</Table.Th>
            <Table.Th ta="right">{t('orders.list.shipped')}</Table.Th>
            <Table.Th>{t('orders.list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((order) => {
            const progress = orderProgress(order);
            return (
              <Table.Tr key={order.id}>
                <Table.Td>
                  <DocumentNumberLink to={paths.order(order.id)}>{order.number}</DocumentNumberLink>
                </Table.Td>
                {showAccount && (
                  <Table.Td fz="sm">
                    <AccountNameLink
                      accountId={order.accountId}
                      name={accountNames.get(order.accountId)}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <OrderStatusBadge status={order.status} />
                </Table.Td>
                <Table.Td ta="right" fz="sm">
                  {formatMoney(
                    { amount: order.totals.total, currency: order.currency },
                    i18n.language,
                  )}
                </Table.Td>
                <Table.Td>
                  <Group
                    gap={8}
                    justify="flex-end"
                    wrap="nowrap"
                    title={t('orders.list.linesShipped', {
                      shipped: progress.linesShipped,
                      count: progress.lines,
                    })}
                  >
                    <Progress
                      value={progress.share * 100}
                      size="sm"
                      w={56}
                      color={progress.share >= 1 ? 'teal' : 'blue'}
                      aria-hidden
                    />
                    <Text span fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {percent.format(Math.floor(progress.share * 100) / 100)}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td fz="sm">{format.date(order.updatedAt)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
