import { Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyTasks } from '../data/index.ts';
import { TaskList } from '../modules/activities/components/TaskList.tsx';

export function TasksPage() {
  const { t } = useTranslation();
  const { overdue, today, upcoming, loading } = useMyTasks();
  const none = overdue.length + today.length + upcoming.length === 0;

  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1200} w="100%" style={{ overflowY: 'auto' }}>
      <div>
        <Title order={1} fz={26}>
          {t('qualification.tasks.title')}
        </Title>
        <Text c="dimmed" size="sm" mt={4}>
          {none && !loading ? t('qualification.tasks.allDone') : t('qualification.tasks.subtitle')}
        </Text>
      </div>
      {loading && none ? (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <TaskList title={t('qualification.tasks.overdue')} tasks={overdue} tone="overdue" />
          <TaskList title={t('qualification.tasks.today')} tasks={today} />
          <TaskList title={t('qualification.tasks.upcoming')} tasks={upcoming} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
