import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AgingBucket, agingBuckets } from '../../../../shared/billing/arAging.ts';
import { formatAmount } from '../../../../shared/money/formatMoney.ts';
import { agingTotals, type NamedReceivableRow } from '../../../data/index.ts';
import { paths } from '../../../routes.tsx';
import { NextActionText } from './NextActionText.tsx';

const bucketColor: Record<AgingBucket, string | undefined> = {
  current: undefined,
  days1to30: 'yellow.8',
  days31to60: 'orange.7',
  days61to90: 'red.6',
  over90: 'red.9',
};

/** AR aging: one row per customer and currency, buckets by days overdue, totals per currency. */
export function AgingTable({ rows }: { rows: readonly NamedReceivableRow[] }) {
  const { t, i18n } = useTranslation();
  // Each row is one customer in one currency, named under the customer: the cells show amounts
  // alone, so the nine columns fit a laptop screen.
  const money = (amount: number, currency: string) =>
    amount === 0 ? '—' : formatAmount({ amount, currency }, i18n.language);
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-label={t('invoices.receivables.tableLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            {/* A company's name stays on one or two lines, not one character per line. */}
            <Table.Th miw={200}>{t('invoices.receivables.customer')}</Table.Th>
            {agingBuckets.map((bucket) => (
              <Table.Th key={bucket} ta="right">
                {t(`invoices.receivables.buckets.${bucket}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('invoices.receivables.total')}</Table.Th>
            {/* Where collections stand: the reminder level reached, then the next step. */}
            <Table.Th miw={150}>{t('invoices.receivables.collections')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.accountId} ${row.currency}`}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={paths.account(row.accountId)} fw={600} size="sm">
                    {row.accountName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('invoices.receivables.invoiceCount', { count: row.invoiceCount })} ·{' '}
                    {row.currency}
                  </Text>
                </Stack>
              </Table.Td>
              {agingBuckets.map((bucket) => (
                <Table.Td
                  key={bucket}
                  ta="right"
                  fz="sm"
                  c={row[bucket] > 0 ? bucketColor[bucket] : 'dimmed'}
                  fw={row[bucket] > 0 && bucket !== 'current' ? 600 : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {money(row[bucket], row.currency)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fz="sm" fw={700}>
                {money(row.total, row.currency)}
              </Table.Td>
              <Table.Td fz="sm">
                {row.dunningLevel ? (
                  <Badge variant="light" color="orange" mb={4}>
                    {t(`invoices.dunningLevels.${row.dunningLevel}`)}
                  </Badge>
                ) : null}
                {row.nextActionInvoice ? (
                  <Stack gap={0}>
                    <NextActionText action={row.nextAction} />
                    <Anchor
                      component={Link}
                      to={paths.invoice(row.nextActionInvoice.id)}
                      size="xs"
                      ff="monospace"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {row.nextActionInvoice.number}
                    </Anchor>
                  </Stack>
                ) : (
                  <NextActionText action={row.nextAction} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          {agingTotals(rows).map((total) => (
            <Table.Tr key={total.currency} fw={700}>
              <Table.Th>
                {t('invoices.receivables.totalsRow', { currency: total.currency })}
              </Table.Th>
              {agingBuckets.map((bucket) => (
                <Table.Td key={bucket} ta="right" fz="sm" fw={700}>
                  {money(total[bucket], total.currency)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fz="sm" fw={700}>
                {money(total.total, total.currency)}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          ))}
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
