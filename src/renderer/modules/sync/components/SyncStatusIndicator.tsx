import { ActionIcon, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusSnapshot } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { formatRelativeTime } from '../utils/formatRelativeTime.ts';
import classes from './SyncStatusIndicator.module.css';

type ShownState = Exclude<SyncStatusSnapshot['state'], 'signedOut'>;

const dotColor: Record<ShownState, string> = {
  offline: 'var(--mantine-color-gray-5)',
  syncing: 'var(--mantine-color-blue-5)',
  synced: 'var(--mantine-color-teal-6)',
  error: 'var(--mantine-color-red-6)',
};

export type SyncStatusIndicatorProps = {
  status: SyncStatusSnapshot & { state: ShownState };
  now: Date;
  onSyncNow: () => void;
};

/**
 * The header's sync status. Only the state word is inside the `status` region, so screen readers
 * announce "Synced" rather than every tick of the relative time beside it.
 */
export function SyncStatusIndicator({ status, now, onSyncNow }: SyncStatusIndicatorProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const pending =
    status.pendingChanges > 0
      ? t('sync.status.pending', {
          count: status.pendingChanges,
          formatted: format.number(status.pendingChanges),
        })
      : t('sync.status.noPending');
  const lastSynced = status.lastSyncedAt
    ? t('sync.status.lastSynced', {
        time: formatRelativeTime({ iso: status.lastSyncedAt, now, language: i18n.language }),
      })
    : t('sync.status.neverSynced');
  const problem = status.error ? t(`sync.failures.${status.error}`) : undefined;

  return (
    <Group gap="xs" wrap="nowrap" data-sync-state={status.state}>
      <Tooltip label={problem ?? lastSynced} multiline maw={280}>
        <Group gap={8} wrap="nowrap">
          <Box
            aria-hidden
            className={
              status.state === 'syncing' ? `${classes.dot} ${classes.syncing}` : classes.dot
            }
            bg={dotColor[status.state]}
          />
          <Stack gap={0}>
            <Text
              role="status"
              aria-label={t('sync.status.label')}
              size="sm"
              fw={600}
              lh={1.2}
              c={status.state === 'error' ? 'red.7' : undefined}
            >
              {t(`sync.status.${status.state}`)}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2} visibleFrom="md" data-testid="sync-details">
              {pending} · {lastSynced}
            </Text>
          </Stack>
        </Group>
      </Tooltip>
      <Tooltip label={t('sync.status.syncNow')}>
        <ActionIcon
          variant="default"
          size={36}
          aria-label={t('sync.status.syncNow')}
          onClick={onSyncNow}
          disabled={status.state === 'offline'}
        >
          <IconRefresh size={18} stroke={1.75} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
