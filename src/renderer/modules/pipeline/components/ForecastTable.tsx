import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../../shared/money/formatMoney.ts';
import type { Money } from '../../../../shared/money/money.ts';
import type {
  CurrencyForecast,
  ForecastGroup,
} from '../../../../shared/pipeline/weightedPipeline.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';

export type ForecastTableProps = {
  groupBy: 'month' | 'owner';
  groups: ForecastGroup[];
  totals: CurrencyForecast[];
  groupName: (key: string) => string;
};

const columns = [
  'currency',
  'openCount',
  'open',
  'weighted',
  'commit',
  'bestCase',
  'closedWon',
  'target',
  'remaining',
] as const;

/**
 * The forecast as a table: one row per group and currency, then the totals. Each row names its
 * currency once, so the amounts go without a symbol (eight symbols a row pushed the last columns
 * off a laptop screen).
 */
export function ForecastTable({ groupBy, groups, totals, groupName }: ForecastTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const formatMoney = (value: Money) => formatAmount(value, i18n.language);

  const cells = (row: CurrencyForecast) => (
    <>
      <Table.Td>{row.currency}</Table.Td>
      <Table.Td ta="right">{format.number(row.openCount)}</Table.Td>
      <Table.Td ta="right">{formatMoney(row.open)}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {formatMoney(row.weighted)}
      </Table.Td>
      <Table.Td ta="right">{formatMoney(row.commit)}</Table.Td>
      <Table.Td ta="right">{formatMoney(row.bestCase)}</Table.Td>
      <Table.Td ta="right">{formatMoney(row.closedWon)}</Table.Td>
      <Table.Td ta="right">
        {row.target ? formatMoney(row.target) : t('pipeline.forecast.noTarget')}
      </Table.Td>
      <Table.Td ta="right">
        {row.remaining ? formatMoney(row.remaining) : t('pipeline.forecast.noTarget')}
      </Table.Td>
    </>
  );

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        // Ten columns of amounts: a little less space between them keeps all ten on a laptop.
        horizontalSpacing={8}
        aria-label={t('pipeline.forecast.table')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              {groupBy === 'month'
                ? t('pipeline.forecast.columns.group')
                : t('pipeline.forecast.columns.owner')}
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column} ta={column === 'currency' ? undefined : 'right'}>
                {t(`pipeline.forecast.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) =>
            group.currencies.length === 0 ? (
              <Table.Tr key={group.key}>
                <Table.Th scope="row" fw={500}>
                  {groupName(group.key)}
                </Table.Th>
                <Table.Td colSpan={columns.length}>
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              <Fragment key={group.key}>
                {group.currencies.map((row, index) => (
                  <Table.Tr key={row.currency}>
                    <Table.Th scope="row" fw={500}>
                      {index === 0 ? groupName(group.key) : ''}
                    </Table.Th>
                    {cells(row)}
                  </Table.Tr>
                ))}
              </Fragment>
            ),
          )}
        </Table.Tbody>
        {totals.length > 0 && (
          <Table.Tfoot>
            {totals.map((row, index) => (
              <Table.Tr key={row.currency} fw={700}>
                <Table.Th scope="row">{index === 0 ? t('pipeline.forecast.total') : ''}</Table.Th>
                {cells(row)}
              </Table.Tr>
            ))}
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
