import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFigureFormat } from '../hooks/useFigureFormat.ts';
import type { Chart, Drill } from '../utils/dashboardModel.ts';

type Props = { chart: Chart; title: string; onDrill: (drill: Drill, title: string) => void };

/** The chart's numbers as a table: what a screen reader reads and what a person can copy. */
export function ChartTable({ chart, title, onDrill }: Props) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const money = (amount: number) =>
    format({ kind: 'money', amount, currency: chart.currency ?? 'CNY' });
  const secondary = (value: number | undefined) => {
    if (value === undefined) return '—';
    if (chart.secondaryKind === 'money') return money(value);
    if (chart.secondaryKind === 'percent') return format({ kind: 'percent', value });
    return format({ kind: 'count', value });
  };
  return (
    <Table striped withTableBorder fz="sm">
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('analytics.table.label')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t(`analytics.charts.${chart.id}.value`)}
          </Table.Th>
          {chart.secondaryKind ? (
            <Table.Th scope="col" ta="right">
              {t(`analytics.charts.${chart.id}.secondary`)}
            </Table.Th>
          ) : null}
          {chart.showMultiple ? (
            <Table.Th scope="col" ta="right">
              {t(`analytics.charts.${chart.id}.multiple`)}
            </Table.Th>
          ) : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {chart.rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row" fw={400}>
              {row.drill && row.drill.ids.length > 0 ? (
                <Anchor
                  component="button"
                  type="button"
                  fz="sm"
                  onClick={() => row.drill && onDrill(row.drill, `${title}: ${row.label}`)}
                >
                  {row.label}
                </Anchor>
              ) : (
                row.label
              )}
            </Table.Th>
            <Table.Td ta="right">
              {chart.valueKind === 'money'
                ? money(row.value)
                : format({ kind: 'count', value: row.value })}
            </Table.Td>
            {chart.secondaryKind ? (
              <Table.Td ta="right">{secondary(row.secondary)}</Table.Td>
            ) : null}
            {chart.showMultiple ? (
              <Table.Td ta="right">
                {format({
                  kind: 'multiple',
                  value: row.secondary ? row.value / row.secondary : undefined,
                })}
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
