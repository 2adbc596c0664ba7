import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { axisMoney, useFigureFormat } from '../hooks/useFigureFormat.ts';
import type { Chart, ChartRow } from '../utils/dashboardModel.ts';

const palette = [
  'var(--mantine-color-blue-6)',
  'var(--mantine-color-teal-6)',
  'var(--mantine-color-orange-6)',
  'var(--mantine-color-grape-6)',
  'var(--mantine-color-cyan-6)',
  'var(--mantine-color-red-6)',
  'var(--mantine-color-lime-7)',
  'var(--mantine-color-indigo-6)',
];

type Props = { chart: Chart; label: string; onDrill: (row: ChartRow) => void };

/** A line chart's rows with the solid part (`complete`) and the dashed part (`soFar`) apart. */
function lineData(rows: ChartRow[]) {
  const partialAt = rows.findIndex((row) => row.partial);
  return rows.map((row, index) => ({
    ...row,
    tick: row.tick ?? row.label,
    complete: partialAt >= 0 && index >= partialAt ? undefined : row.value,
    soFar: partialAt >= 0 && index >= partialAt - 1 ? row.value : undefined,
  }));
}

/**
 * The picture of a chart. Screen readers get one summary sentence (`label`); the table toggle
 * beside it has every number. Clicking a bar or slice drills into its records.
 */
export function ChartView({ chart, label, onDrill }: Props) {
  const format = useFigureFormat();
  const formatValue = (value: number) =>
    chart.valueKind === 'money'
      ? format({ kind: 'money', amount: value, currency: chart.currency ?? 'CNY' })
      : format({ kind: 'count', value });
  // Axis ticks: amounts short (the tooltip and the table have them exact), counts grouped.
  const { i18n } = useTranslation();
  const formatTick = (value: number) =>
    chart.valueKind === 'money'
      ? axisMoney(value, chart.currency ?? 'CNY', i18n.language)
      : new Intl.NumberFormat(i18n.language).format(value);
  const data = chart.rows.map((row) => ({ ...row }));
  const handleClick = (entry: unknown) => {
    const key = (entry as { payload?: { key?: string } } | undefined)?.payload?.key;
    const row = chart.rows.find((candidate) => candidate.key === key);
    if (row) onDrill(row);
  };
  const tooltip = <Tooltip formatter={(value) => formatValue(Number(value))} />;
  const vertical = chart.type === 'funnel' || (chart.type === 'bar' && chart.rows.length > 6);
  const height = vertical ? Math.max(160, chart.rows.length * 34 + 40) : 240;
  return (
    <Box role="img" aria-label={label} h={height}>
      <ResponsiveContainer width="100%" height="100%">
        {chart.type === 'donut' ? (
          <PieChart>
            <Pie
              data={data}
              dataKey="value"
              nameKey="label"
              innerRadius="55%"
              outerRadius="85%"
              onClick={handleClick}
              isAnimationActive={false}
              label={({ name }) => String(name)}
            >
              {data.map((row, index) => (
                <Cell key={row.key} fill={palette[index % palette.length]} cursor="pointer" />
              ))}
            </Pie>
            {tooltip}
          </PieChart>
        ) : chart.type === 'line' ? (
          <LineChart data={lineData(chart.rows)} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="tick" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} width={40} tickFormatter={formatTick} />
            <Tooltip
              formatter={(value) => formatValue(Number(value))}
              labelFormatter={(tick, payload) =>
                (payload[0]?.payload as ChartRow | undefined)?.label ?? String(tick)
              }
            />
            {/* Complete periods solid; the one still running dashed from the last complete one,
                so a week so far does not read as a fall. */}
            <Line
              type="monotone"
              dataKey="complete"
              stroke={palette[0]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              tooltipType="none"
            />
            <Line
              type="monotone"
              dataKey="soFar"
              stroke={palette[0]}
              strokeWidth={2}
              strokeDasharray="4 4"
              dot={false}
              isAnimationActive={false}
              tooltipType="none"
            />
            {/* The tooltip's one entry per point. */}
            <Line
              dataKey="value"
              stroke="none"
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          </LineChart>
        ) : vertical ? (
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" fontSize={11} tickFormatter={formatTick} />
            <YAxis type="category" dataKey="label" width={110} fontSize={12} />
            {tooltip}
            <Bar
              dataKey="value"
              fill={palette[0]}
              onClick={handleClick}
              cursor="pointer"
              isAnimationActive={false}
            />
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" fontSize={11} interval={0} />
            <YAxis
              fontSize={11}
              width={chart.valueKind === 'money' ? 64 : 40}
              tickFormatter={formatTick}
            />
            {tooltip}
            <Bar dataKey="value" onClick={handleClick} cursor="pointer" isAnimationActive={false}>
              {data.map((row, index) => (
                <Cell key={row.key} fill={palette[index % palette.length]} />
              ))}
            </Bar>
          </BarChart>
        )}
      </ResponsiveContainer>
    </Box>
  );
}
