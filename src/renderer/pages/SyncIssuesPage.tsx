import { Center, EmptyState, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSyncIssues } from '../data/index.ts';
import { SyncIssueCard } from '../modules/sync/components/SyncIssueCard.tsx';

export function SyncIssuesPage() {
  const { t } = useTranslation();
  const { issues, dismiss } = useSyncIssues();
  const handleDismiss = (id: string) => void dismiss(id);

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} flex={1} mih={0}>
      <div>
        <Title order={1} fz={26}>
          {t('sync.issues.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4} maw={720}>
          {t('sync.issues.subtitle')}
        </Text>
      </div>
      {issues.length === 0 ? (
        <Center flex={1} p="xl">
          <EmptyState icon={<IconCircleCheck size={28} stroke={1.5} />} withIndicatorBackground>
            <EmptyState.Title order={2}>{t('sync.issues.emptyTitle')}</EmptyState.Title>
            <EmptyState.Description>{t('sync.issues.emptyDescription')}</EmptyState.Description>
          </EmptyState>
        </Center>
      ) : (
        <ScrollArea flex={1} mih={0} type="auto">
          <Stack gap="sm" maw={880} pb="md">
            {issues.map((issue) => (
              <SyncIssueCard key={issue.id} issue={issue} onDismiss={handleDismiss} />
            ))}
          </Stack>
        </ScrollArea>
      )}
    </Stack>
  );
}
