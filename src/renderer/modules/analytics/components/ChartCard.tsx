import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconDownload, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../../../shared/intake/toCsv.ts';
import { downloadTextFile } from '../../sync/utils/downloadTextFile.ts';
import { useFigureFormat } from '../hooks/useFigureFormat.ts';
import type { Chart, ChartRow, Drill, FigureValue } from '../utils/dashboardModel.ts';
import { ChartTable } from './ChartTable.tsx';
import { ChartView } from './ChartView.tsx';

type Props = { chart: Chart; onDrill: (drill: Drill, title: string) => void };

/** A chart with its table alternative (a toggle) and a CSV export of the same rows. */
export function ChartCard({ chart, onDrill }: Props) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const [showTable, setShowTable] = useState(false);
  const title = t(`analytics.charts.${chart.id}.title`);
  const figureOf = (row: ChartRow): FigureValue =>
    chart.valueKind === 'money'
      ? { kind: 'money', amount: row.value, currency: chart.currency ?? 'CNY' }
      : { kind: 'count', value: row.value };
  const summary = chart.rows.map((row) => `${row.label}: ${format(figureOf(row))}`).join('; ');
  const handleExport = () => {
    const columns = [t('analytics.table.label'), t(`analytics.charts.${chart.id}.value`)];
    if (chart.secondaryKind) columns.push(t(`analytics.charts.${chart.id}.secondary`));
    const rows = chart.rows.map((row) => {
      const cells = [row.label, String(chart.valueKind === 'money' ? row.value / 100 : row.value)];
      if (chart.secondaryKind) cells.push(row.secondary === undefined ? '' : String(row.secondary));
      return cells;
    });
    downloadTextFile({
      name: `${chart.id}.csv`,
      text: toCsv({ columns, rows }),
      type: 'text/csv;charset=utf-8',
    });
  };
  return (
    <Card withBorder radius="md" padding="md">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} fz="md">
          {title}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant={showTable ? 'filled' : 'default'}
            aria-pressed={showTable}
            leftSection={<IconTable size={14} aria-hidden />}
            onClick={() => setShowTable((shown) => !shown)}
            aria-label={t('analytics.showTable', { title })}
          >
            {t('analytics.table.toggle')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={handleExport}
            aria-label={t('analytics.exportCsv', { title })}
          >
            CSV
          </Button>
        </Group>
      </Group>
      {chart.rows.length === 0 || chart.rows.every((row) => row.value === 0) ? (
        <Text c="dimmed" size="sm">
          {t('analytics.emptyChart')}
        </Text>
      ) : showTable ? (
        <ChartTable chart={chart} title={title} onDrill={onDrill} />
      ) : (
        <ChartView
          chart={chart}
          label={t('analytics.chartLabel', { title, summary })}
          onDrill={(row) => row.drill && onDrill(row.drill, `${title}: ${row.label}`)}
        />
      )}
    </Card>
  );
}
