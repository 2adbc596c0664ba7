import { Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InventorySnapshot } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';

/**
 * Says where the figures come from: the server's company-wide figures and when they last
 * changed (plus this device's unsynced changes), or only this device's orders.
 */
export function StockFiguresNote({ snapshot }: { snapshot: InventorySnapshot }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text =
    snapshot.basis === 'server' && snapshot.asOf
      ? [
          t('inventory.figures.asOf', { time: format.dateTime(snapshot.asOf) }),
          snapshot.unsyncedChanges > 0
            ? t('inventory.figures.unsynced', { count: snapshot.unsyncedChanges })
            : '',
        ]
          .filter(Boolean)
          .join(' ')
      : t('inventory.figures.deviceOnly');
  return (
    <Text role="status" size="sm" c="dimmed" mb="sm">
      <IconClockHour4 size={14} aria-hidden style={{ verticalAlign: -2, marginRight: 6 }} />
      {text}
    </Text>
  );
}
