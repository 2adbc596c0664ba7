import { Card, Center, EmptyState, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflicts } from '../data/index.ts';
import { ConflictTable } from '../modules/sync/components/ConflictTable.tsx';

export function ConflictsPage() {
  const { t } = useTranslation();
  const { conflicts, reapply, dismiss } = useConflicts();
  const [busyId, setBusyId] = useState<string | undefined>();

  const handleReapply = async (id: string) => {
    setBusyId(id);
    try {
      await reapply(id);
      notifications.show({ color: 'teal', message: t('sync.conflicts.reapplied') });
    } catch (error) {
      console.error('Re-applying a conflict failed', error);
      notifications.show({ color: 'red', message: t('errors.unknown') });
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} flex={1} mih={0}>
      <div>
        <Title order={1} fz={26}>
          {t('sync.conflicts.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4} maw={720}>
          {t('sync.conflicts.subtitle')}
        </Text>
      </div>
      {conflicts.length === 0 ? (
        <Center flex={1} p="xl">
          <EmptyState icon={<IconGitMerge size={28} stroke={1.5} />} withIndicatorBackground>
            <EmptyState.Title order={2}>{t('sync.conflicts.emptyTitle')}</EmptyState.Title>
            <EmptyState.Description>{t('sync.conflicts.emptyDescription')}</EmptyState.Description>
          </EmptyState>
        </Center>
      ) : (
        <Card withBorder radius="md" padding={0}>
          <ConflictTable
            conflicts={conflicts}
            busyId={busyId}
            onReapply={(id) => void handleReapply(id)}
            onDismiss={(id) => void dismiss(id)}
          />
        </Card>
      )}
    </Stack>
  );
}
