import { Card, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFigureFormat } from '../hooks/useFigureFormat.ts';
import type { Drill, Tile } from '../utils/dashboardModel.ts';

type Props = { tile: Tile; onDrill: (drill: Drill, title: string) => void };

/** One figure: its name, value, "n of m" for rates, its definition on hover, and a drill-down. */
export function MetricTile({ tile, onDrill }: Props) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const label = t(`analytics.tiles.${tile.id}.label`);
  const value = format(tile.value);
  const shortValue = format(tile.value, { compact: true });
  const drill = tile.drill;
  const body = (
    <>
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Tooltip label={t(`analytics.tiles.${tile.id}.help`)} multiline w={260} withArrow>
          <IconInfoCircle size={14} aria-label={t('analytics.definition')} role="img" />
        </Tooltip>
      </Group>
      <Text fz={24} fw={700} mt={4} data-testid={`figure-${tile.id}`} title={value}>
        {shortValue}
      </Text>
      {tile.ratio ? (
        <Text size="xs" c="dimmed">
          {t('analytics.ofTotal', {
            numerator: format({ kind: 'count', value: tile.ratio.numerator }),
            denominator: format({ kind: 'count', value: tile.ratio.denominator }),
          })}
        </Text>
      ) : null}
      {tile.excluded ? (
        <Text size="xs" c="orange.8">
          {t('analytics.excluded', { count: tile.excluded })}
        </Text>
      ) : null}
    </>
  );
  return (
    <Card withBorder padding="sm" radius="md">
      {drill ? (
        <UnstyledButton
          onClick={() => onDrill(drill, label)}
          aria-label={t('analytics.drillInto', { label, value })}
          style={{ display: 'block', width: '100%' }}
        >
          {body}
        </UnstyledButton>
      ) : (
        body
      )}
    </Card>
  );
}
