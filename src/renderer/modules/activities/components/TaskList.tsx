import { Anchor, Badge, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '../../../../shared/domain/activity.ts';
import { useActivityCommands } from '../../../data/index.ts';
import { useFormatters } from '../../../i18n/useFormatters.ts';
import { useCommand } from '../../../ui/useCommand.ts';
import { errorMessage } from '../../leads/utils/errorMessage.ts';
import { useTaskSubject } from '../hooks/useTaskSubject.ts';
import { relatedPath } from '../utils/relatedPath.ts';

export type TaskListProps = {
  title: string;
  tasks: Activity[];
  tone?: 'overdue' | 'default';
};

/** One section of "My tasks": each task with its due date, a link to its record and a checkbox. */
export function TaskList({ title, tasks, tone = 'default' }: TaskListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { subjectOf } = useTaskSubject();
  const { completeTask } = useActivityCommands();

  const { run } = useCommand(errorMessage);
  const handleComplete = (task: Activity) =>
    run(() => completeTask(task.id), t('qualification.activities.completed'));

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={title}>
      <Group gap="xs" mb="sm">
        <Title order={2} fz="md" c={tone === 'overdue' ? 'red' : undefined}>
          {title}
        </Title>
        <Badge size="sm" variant="light" color={tone === 'overdue' ? 'red' : 'gray'}>
          {tasks.length}
        </Badge>
      </Group>
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('qualification.tasks.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {tasks.map((task) => (
            <Group key={task.id} component="li" gap="sm" wrap="nowrap" justify="space-between">
              <Group gap="sm" wrap="nowrap">
                <Checkbox
                  aria-label={t('qualification.activities.complete', {
                    subject: subjectOf(task),
                  })}
                  checked={false}
                  onChange={() => void handleComplete(task)}
                />
                <Anchor component={Link} to={relatedPath(task.related)} size="sm" fw={500}>
                  {subjectOf(task)}
                </Anchor>
              </Group>
              {task.dueAt && (
                <Text
                  size="xs"
                  c={tone === 'overdue' ? 'red' : 'dimmed'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {format.dateTime(task.dueAt)}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
