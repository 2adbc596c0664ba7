import { Alert, Button, Card, Group, Loader, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../shared/domain/collections.ts';
import { useAdminApi } from '../../../data/admin/adminHooks.ts';
import { useCurrentUser } from '../../../data/index.ts';
import { useAdminQuery } from '../hooks/useAdminQuery.ts';
import { adminErrorText } from '../utils/adminErrorText.ts';
import { formatDateTime } from '../utils/formatDateTime.ts';
import { AuditChangeList } from './AuditChangeList.tsx';

export type RecordHistoryProps = { collection: CollectionName; recordId: string };

/**
 * Who changed which fields of a record, from what to what, when and from which device, read
 * from the server's audit trail (managers and admins; nothing for other roles). The trail is
 * not synced to devices, so it needs a connection.
 */
export function RecordHistory({ collection, recordId }: RecordHistoryProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (user.role !== 'admin' && user.role !== 'manager') return null;
  return (
    <Card
      withBorder
      radius="lg"
      padding="xl"
      component="section"
      aria-label={t('admin.history.title')}
    >
      <Title order={2} fz="md" mb="md">
        {t('admin.history.title')}
      </Title>
      <RecordHistoryBody collection={collection} recordId={recordId} />
    </Card>
  );
}

function RecordHistoryBody({ collection, recordId }: RecordHistoryProps) {
  const { t, i18n } = useTranslation();
  const admin = useAdminApi();
  const history = useAdminQuery(
    `history:${collection}:${recordId}:${admin.state}`,
    admin.api ? () => admin.api.recordHistory(collection, recordId) : undefined,
  );
  if (admin.state === 'offline' || admin.state === 'signedOut') {
    return (
      <Alert color="gray" variant="light" icon={<IconPlugConnectedX size={18} />}>
        {admin.state === 'offline' ? t('admin.history.offline') : t('admin.history.signedOut')}
      </Alert>
    );
  }
  if (history.loading || admin.state === 'loading')
    return <Loader size="sm" aria-label={t('admin.common.loading')} />;
  if (history.error !== undefined) {
    return (
      <Stack gap="xs">
        <Alert color="red" variant="light" role="alert">
          {adminErrorText(history.error, t)}
        </Alert>
        <Group>
          <Button size="xs" variant="default" onClick={history.reload}>
            {t('admin.common.retry')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const entries = history.value?.entries ?? [];
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('admin.history.empty')}
      </Text>
    );
  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label={t('admin.history.list')}>
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={t('admin.history.entry', {
            action: t(`admin.audit.actions.${entry.action}`),
            actor: entry.actorName ?? entry.actorId ?? t('admin.history.unknownActor'),
          })}
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(entry.at, i18n.language)}
            {entry.deviceId
              ? ` · ${t('admin.audit.device', { device: entry.deviceId.slice(0, 8) })}`
              : ''}
          </Text>
          <AuditChangeList changes={entry.changes ?? []} />
          {entry.reason && (
            <Text size="xs" c="dimmed">
              {entry.reason}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
